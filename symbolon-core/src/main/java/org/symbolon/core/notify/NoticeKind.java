package org.symbolon.core.notify;

import java.util.Optional;
import org.symbolon.core.audit.SecurityEventType;

/**
 * The security events a user is told of by e-mail (issue 3/4, "when mail is configured"): changes
 * that weaken or replace their second factor, and a recovery code spent, since each is what an
 * attacker with the password would do next (OWASP ASVS 6.3.7 / 7.2.x notifications). Failed
 * attempts are not mailed: anyone who knows a username could fill the mailbox.
 */
public enum NoticeKind {
    TWO_FACTOR_DISABLED,
    TWO_FACTOR_RESET,
    FACTOR_ADDED,
    FACTOR_REMOVED,
    RECOVERY_CODE_USED,
    BYPASS_CODE_ISSUED,
    REQUIREMENT_CHANGED,
    /** A copy of one of the user's security keys was used, and refused: the key is no longer in their hands alone. */
    SECURITY_KEY_CLONED;

    /**
     * The notice an event calls for; empty for events users are not mailed about. A new kind of
     * factor adds its "enrolled" and "removed" event types here.
     */
    public static Optional<NoticeKind> of(SecurityEventType type) {
        return Optional.ofNullable(switch (type) {
            case SECOND_FACTOR_DISABLED -> TWO_FACTOR_DISABLED;
            case TWO_FACTOR_RESET -> TWO_FACTOR_RESET;
            case TOTP_ENROLLED, HOTP_ENROLLED, EMAIL_FACTOR_ENROLLED, SMS_FACTOR_ENROLLED, SECURITY_KEY_REGISTERED -> FACTOR_ADDED;
            case TOTP_REMOVED, HOTP_REMOVED, EMAIL_FACTOR_REMOVED, SMS_FACTOR_REMOVED, SECURITY_KEY_REMOVED -> FACTOR_REMOVED;
            case RECOVERY_CODE_USED -> RECOVERY_CODE_USED;
            case BYPASS_CODE_ISSUED -> BYPASS_CODE_ISSUED;
            case TWO_FACTOR_RULE_CHANGED -> REQUIREMENT_CHANGED;
            case SECURITY_KEY_CLONED -> SECURITY_KEY_CLONED;
            default -> null;
        });
    }
}
