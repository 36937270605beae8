package org.symbolon.core.factor;

import java.time.Instant;
import java.util.List;
import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.otp.TotpSettings;

/** The results of the two steps of setting up an authenticator app or a hardware token. */
public sealed interface EnrollmentOutcome {

    /** Step one: the key to put into the app, shown as a QR code of {@code otpauthUri} and typed out. */
    record Started(String publicId, OtpSecret secret, String otpauthUri, TotpSettings settings, Instant serverTime,
            Instant expiresAt) implements EnrollmentOutcome {
    }

    /**
     * Step one for a hardware token: the key (generated, or the one the person typed) and the
     * counter the token starts at, for a QR code of {@code otpauthUri} or for typing.
     */
    record TokenStarted(String publicId, OtpSecret secret, String otpauthUri, long counter, Instant expiresAt)
            implements EnrollmentOutcome {
    }

    /** Step two: the app proved it has the key. The recovery codes are shown now and never again. */
    record Activated(String publicId, List<String> recoveryCodes) implements EnrollmentOutcome {
    }

    record Refused(Refusal refusal) implements EnrollmentOutcome {
    }

    enum Refusal {
        WRONG_PASSWORD,
        /** Five authenticators already, apps and hardware tokens together. */
        TOO_MANY,
        /** No pending enrollment with this id for this user, or it expired. */
        NOT_FOUND,
        /** The code did not match; the reason stays internal. */
        WRONG_CODE,
        /** The administrator turned this method off. */
        METHOD_TURNED_OFF
    }
}
