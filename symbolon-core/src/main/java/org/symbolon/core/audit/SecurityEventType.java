package org.symbolon.core.audit;

/** What happened. Stored by name: renaming a constant needs a migration of old events. */
public enum SecurityEventType {
    SECOND_FACTOR_SUCCEEDED,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_LOCKED,
    RECOVERY_CODE_USED,
    RECOVERY_CODES_REGENERATED,
    TOTP_ENROLLED,
    TOTP_REMOVED,
    /** A hardware token (HOTP) was set up: detail its name. */
    HOTP_ENROLLED,
    HOTP_REMOVED,
    /** A hardware token's counter moved forward by two consecutive codes (RFC 4226 §7.4). */
    HOTP_RESYNCHRONIZED,
    SECOND_FACTOR_DISABLED,
    /** Signed in with a one-time code that an administrator issued. */
    BYPASS_CODE_USED,
    // Administration (3/4): each names the acting administrator, the console or a token as actor.
    TWO_FACTOR_RESET,
    SECOND_FACTOR_UNLOCKED,
    BYPASS_CODE_ISSUED,
    /** The per-user rule changed: detail REQUIRED, EXEMPT or POLICY. */
    TWO_FACTOR_RULE_CHANGED,
    POLICY_CHANGED,
    GROUP_CREATED,
    GROUP_DELETED,
    GROUP_MEMBER_ADDED,
    GROUP_MEMBER_REMOVED,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    ROLE_CHANGED,
    PASSWORD_RESET,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    /** A required enrollment was put off within the grace period. */
    ENROLLMENT_SKIPPED,
    // E-mail codes (4/4).
    /** A code was mailed; detail ENROLL or SIGN_IN, and NOT_SENT with the mail server's answer when it failed. */
    EMAIL_CODE_SENT,
    EMAIL_FACTOR_ENROLLED,
    EMAIL_FACTOR_REMOVED,
    // SMS codes (6).
    /** A code was texted; detail ENROLL or SIGN_IN, and NOT_SENT with the gateway's failure when it failed. */
    SMS_CODE_SENT,
    SMS_FACTOR_ENROLLED,
    SMS_FACTOR_REMOVED,
    // Security keys (WebAuthn).
    /** A security key was registered: detail its name. */
    SECURITY_KEY_REGISTERED,
    SECURITY_KEY_REMOVED,
    /** A key's signature counter did not move forward: the key was copied (W3C WebAuthn §6.1.1). Detail its name. */
    SECURITY_KEY_CLONED
}
