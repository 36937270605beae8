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
    SECOND_FACTOR_DISABLED
}
