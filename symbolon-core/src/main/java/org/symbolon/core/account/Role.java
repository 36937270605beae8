package org.symbolon.core.account;

/** What a user may do: administrators manage users and settings. */
public enum Role {
    ADMIN,
    USER
}
