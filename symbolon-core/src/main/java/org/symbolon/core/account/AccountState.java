package org.symbolon.core.account;

/** A disabled account cannot sign in and loses its sessions. */
public enum AccountState {
    ACTIVE,
    DISABLED
}
