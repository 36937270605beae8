package org.symbolon.core.factor;

/** A credential is pending from enrollment until its first code proves the app has the key. */
public enum CredentialState {
    PENDING,
    ACTIVE
}
