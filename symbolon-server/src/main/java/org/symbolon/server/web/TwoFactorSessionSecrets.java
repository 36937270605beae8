package org.symbolon.server.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbolon.core.factor.EnrollmentOutcome;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.secret.SecretSealer;

/**
 * What the two-factor pages show once but must be able to show again a moment later: the key of
 * an authenticator being set up, and a fresh set of recovery codes. The core hands them out once,
 * in the answer to a POST; they are kept here until the GET after the redirect has shown them
 * (post/redirect/get: a reload neither repeats the step nor loses the page), and removed as soon
 * as they are used or their time is up.
 *
 * <p>Sessions live in the database (Spring Session JDBC), so a plain attribute would put the key
 * or the codes in clear text into every dump and backup. They are sealed with the instance's keys
 * like every stored secret, bound to the user and to what they are, and carry their own end.
 */
@Component
final class TwoFactorSessionSecrets {

    /** Long enough to print or file the codes; a forgotten page does not keep them for the whole session. */
    static final Duration CODES_VALIDITY = Duration.ofMinutes(30);

    private static final String KEY = "symbolon.twoFactor.pendingKey";
    private static final String CODES = "symbolon.twoFactor.freshRecoveryCodes";
    private static final String TOKEN_KEY = "symbolon.twoFactor.pendingTokenKey";

    /** The key of a hardware token being set up (RFC 4226): counter 0, SHA-1, six digits. */
    record PendingTokenKey(String publicId, OtpSecret secret, String otpauthUri, Instant expiresAt) {

        static PendingTokenKey of(EnrollmentOutcome.TokenStarted started) {
            return new PendingTokenKey(started.publicId(), started.secret(), started.otpauthUri(), started.expiresAt());
        }

        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }

        @Override
        public String toString() {
            return "PendingTokenKey[" + publicId + ", hidden]";
        }
    }

    /** The key of an authenticator being set up, as the second step of the set-up shows it. */
    record PendingKey(String publicId, OtpSecret secret, String otpauthUri, TotpSettings settings, Instant expiresAt) {

        static PendingKey of(EnrollmentOutcome.Started started) {
            return new PendingKey(started.publicId(), started.secret(), started.otpauthUri(), started.settings(),
                    started.expiresAt());
        }

        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }

        @Override
        public String toString() {
            // The URI holds the key too.
            return "PendingKey[" + publicId + ", hidden]";
        }
    }

    /** A set of recovery codes not yet confirmed as saved. */
    record FreshCodes(List<String> codes, Instant issuedAt) {

        FreshCodes {
            codes = List.copyOf(codes);
        }

        boolean expired(Instant now) {
            return !now.isBefore(issuedAt.plus(CODES_VALIDITY));
        }

        @Override
        public String toString() {
            return "FreshCodes[" + codes.size() + " codes, hidden]";
        }
    }

    private final SecretSealer sealer;

    TwoFactorSessionSecrets(SecretSealer sealer) {
        this.sealer = sealer;
    }

    void keepKey(HttpSession session, long userId, PendingKey key) {
        keep(session, KEY, userId, List.of(key.publicId(), key.secret().base32(), key.otpauthUri(),
                key.settings().algorithm().name(), String.valueOf(key.settings().digits()),
                String.valueOf(key.settings().periodSeconds()), String.valueOf(key.expiresAt().getEpochSecond())));
    }

    /** The kept key, expired or not; empty when there is none, or it cannot be opened. */
    Optional<PendingKey> key(HttpSession session, long userId) {
        return open(session, KEY, userId).filter(lines -> lines.size() == 7).map(lines -> new PendingKey(
                lines.get(0), OtpSecret.fromBase32(lines.get(1)), lines.get(2),
                new TotpSettings(OtpAlgorithm.valueOf(lines.get(3)), Integer.parseInt(lines.get(4)), Integer.parseInt(lines.get(5))),
                Instant.ofEpochSecond(Long.parseLong(lines.get(6)))));
    }

    void forgetKey(HttpSession session) {
        session.removeAttribute(KEY);
    }

    void keepTokenKey(HttpSession session, long userId, PendingTokenKey key) {
        keep(session, TOKEN_KEY, userId, List.of(key.publicId(), key.secret().base32(), key.otpauthUri(),
                String.valueOf(key.expiresAt().getEpochSecond())));
    }

    /** The kept token key, expired or not; empty when there is none, or it cannot be opened. */
    Optional<PendingTokenKey> tokenKey(HttpSession session, long userId) {
        return open(session, TOKEN_KEY, userId).filter(lines -> lines.size() == 4).map(lines -> new PendingTokenKey(
                lines.get(0), OtpSecret.fromBase32(lines.get(1)), lines.get(2),
                Instant.ofEpochSecond(Long.parseLong(lines.get(3)))));
    }

    void forgetTokenKey(HttpSession session) {
        session.removeAttribute(TOKEN_KEY);
    }

    void keepRecoveryCodes(HttpSession session, long userId, FreshCodes fresh) {
        List<String> lines = new ArrayList<>();
        lines.add(String.valueOf(fresh.issuedAt().getEpochSecond()));
        lines.addAll(fresh.codes());
        keep(session, CODES, userId, lines);
    }

    /** The kept codes, expired or not; empty when there are none, or they cannot be opened. */
    Optional<FreshCodes> recoveryCodes(HttpSession session, long userId) {
        return open(session, CODES, userId).filter(lines -> lines.size() > 1).map(lines -> new FreshCodes(
                lines.subList(1, lines.size()), Instant.ofEpochSecond(Long.parseLong(lines.get(0)))));
    }

    void forgetRecoveryCodes(HttpSession session) {
        session.removeAttribute(CODES);
    }

    private void keep(HttpSession session, String attribute, long userId, List<String> lines) {
        // None of the values holds a line break: Base32, a percent-encoded URI, codes, numbers, a UUID.
        byte[] plaintext = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        try {
            session.setAttribute(attribute, sealer.seal(plaintext, binding(attribute, userId)));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private Optional<List<String>> open(HttpSession session, String attribute, long userId) {
        if (!(session.getAttribute(attribute) instanceof byte[] sealed)) {
            return Optional.empty();
        }
        byte[] plaintext;
        try {
            plaintext = sealer.open(sealed, binding(attribute, userId));
        } catch (IllegalStateException unreadable) {
            // Another user's value, or sealed with a key this server no longer has: as good as none.
            session.removeAttribute(attribute);
            return Optional.empty();
        }
        try {
            return Optional.of(List.of(new String(plaintext, StandardCharsets.UTF_8).split("\n", -1)));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static byte[] binding(String attribute, long userId) {
        return ("web-session:" + attribute + ":" + userId).getBytes(StandardCharsets.UTF_8);
    }
}
