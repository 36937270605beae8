package org.symbolon.core.email;

import java.time.Duration;
import java.time.Instant;

/** What became of a request to mail a code or to confirm the e-mail factor. */
public sealed interface EmailCodeOutcome {

    /** @param maskedAddress the address with most of its local part hidden, to show the user where to look */
    record Sent(String maskedAddress, Instant expiresAt) implements EmailCodeOutcome {
    }

    record Enrolled(EmailFactor factor) implements EmailCodeOutcome {
    }

    /** Too soon after the last code, or the hour's codes are used up. */
    record TooSoon(Duration retryAfter) implements EmailCodeOutcome {
    }

    /** The mail server did not take the mail: the user should try another way. */
    record NotSent() implements EmailCodeOutcome {
    }

    record Refused(Reason reason) implements EmailCodeOutcome {
    }

    enum Reason {
        /** No mail server is configured. */
        MAIL_OFF,
        /** The instance policy does not allow e-mail codes. */
        NOT_ALLOWED,
        WRONG_PASSWORD,
        /** The account has no e-mail address to send to. */
        NO_ADDRESS,
        ALREADY_ENROLLED,
        /**
         * The user has no authenticator app or hardware token: e-mail codes only back one up, as
         * recovery codes do (NIST SP 800-63B-4 accepts no e-mail authenticator on its own).
         */
        NO_PRIMARY_FACTOR,
        /** Signing in by e-mail code, but the user has no e-mail factor. */
        NOT_ENROLLED,
        /** The enrollment code is wrong, used or expired. */
        WRONG_CODE,
        NO_ACTIVE_ACCOUNT
    }
}
