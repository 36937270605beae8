package org.symbolon.core.sms;

import java.time.Duration;
import java.time.Instant;

/** What became of a request to text a code or to confirm a phone number. */
public sealed interface SmsCodeOutcome {

    /** @param maskedPhone the number with most digits hidden, to show the user which phone to look at */
    record Sent(String maskedPhone, Instant expiresAt) implements SmsCodeOutcome {
    }

    record Enrolled(SmsFactor factor) implements SmsCodeOutcome {
    }

    /** Too soon after the last code, or the hour's codes are used up. */
    record TooSoon(Duration retryAfter) implements SmsCodeOutcome {
    }

    /** The gateway did not take the message: the user should try another way. */
    record NotSent() implements SmsCodeOutcome {
    }

    record Refused(Reason reason) implements SmsCodeOutcome {
    }

    enum Reason {
        /** No SMS gateway is configured. */
        SMS_OFF,
        /** The instance policy does not allow SMS codes. */
        NOT_ALLOWED,
        WRONG_PASSWORD,
        ALREADY_ENROLLED,
        /** SMS codes back up an authenticator app or a hardware token, as e-mail codes do. */
        NO_PRIMARY_FACTOR,
        /** Signing in by SMS code, but the user has no phone number. */
        NOT_ENROLLED,
        /** The enrollment code is wrong, used or expired. */
        WRONG_CODE,
        NO_ACTIVE_ACCOUNT
    }
}
