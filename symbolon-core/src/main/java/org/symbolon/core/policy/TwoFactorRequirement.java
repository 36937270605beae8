package org.symbolon.core.policy;

/** Whom the instance requires to use a second factor. */
public enum TwoFactorRequirement {
    OPTIONAL,
    /** The default: administrators hold the keys to everyone else's account. */
    REQUIRED_FOR_ADMINS,
    /** Members of the groups marked "requires a second factor". */
    REQUIRED_FOR_GROUPS,
    REQUIRED_FOR_ALL
}
