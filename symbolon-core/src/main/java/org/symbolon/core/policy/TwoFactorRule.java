package org.symbolon.core.policy;

/** The per-user answer to "must this user have a second factor?", set by an administrator. */
public enum TwoFactorRule {
    /** As the instance policy says. */
    POLICY,
    /** Always, whatever the policy says. */
    REQUIRED,
    /** Never required, e.g. a service account; such users are shown highlighted to admins. */
    EXEMPT
}
