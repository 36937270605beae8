package org.symbolon.core.factor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.otp.CodeCheck;
import org.symbolon.core.otp.CounterBasedCodeVerifier;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.OtpAuthUri;
import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.password.CurrentPassword;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;

/**
 * Setting up a hardware token (RFC 4226 HOTP), as an authenticator app is set up: the password
 * again, a key, a first code to prove the token has it. The key is either new (for a token that
 * can be programmed, through the QR code or by typing) or the one a programmed token came with.
 *
 * <p>Apps and tokens share the limit of {@link TotpEnrollment#MAX_AUTHENTICATORS}: the limit is
 * about how many keys an account spreads around, whatever holds them.
 */
public final class HotpEnrollment {

    /** The key of a token the person already owns: Base32, as token vendors print and program it. */
    public static final int MAX_SECRET_LENGTH = 128;
    /** Six digits, SHA-1: what Nitrokey and YubiKey OATH-HOTP tokens produce by default. */
    static final OtpAlgorithm ALGORITHM = OtpAlgorithm.SHA1;
    static final int DIGITS = 6;

    private final UserStore users;
    private final PasswordHasher passwordHasher;
    private final HotpTokenStore tokens;
    private final TotpCredentialStore authenticators;
    private final TotpSecrets secrets;
    private final RecoveryCodeIssuer recoveryCodes;
    private final SecurityEventLog events;
    private final Supplier<String> issuer;
    private final BooleanSupplier allowed;
    private final SecureRandom random;
    private final Clock clock;
    private final CounterBasedCodeVerifier verifier = new CounterBasedCodeVerifier();

    public HotpEnrollment(UserStore users, PasswordHasher passwordHasher, HotpTokenStore tokens,
            TotpCredentialStore authenticators, TotpSecrets secrets, RecoveryCodeIssuer recoveryCodes,
            SecurityEventLog events, Supplier<String> issuer, BooleanSupplier allowed, SecureRandom random, Clock clock) {
        this.allowed = allowed;
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.tokens = tokens;
        this.authenticators = authenticators;
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.issuer = issuer;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Step one. {@code name} may be empty; {@code typedSecret} empty or null for a new key.
     *
     * @throws InputProblem when the name is too long or malformed, or the typed key is not Base32
     *     of 128 to 512 bits
     */
    public EnrollmentOutcome start(UserAccount user, String password, String name, String typedSecret) {
        String checkedName = TextRules.require("name", name, 0, TotpEnrollment.MAX_NAME_LENGTH).strip();
        Optional<OtpSecret> given = parseSecret(typedSecret);
        if (!allowed.getAsBoolean()) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.METHOD_TURNED_OFF);
        }
        if (!passwordMatches(user, password)) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.WRONG_PASSWORD);
        }
        if (tokens.countActive(user.id()) + authenticators.countActive(user.id()) >= TotpEnrollment.MAX_AUTHENTICATORS) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.TOO_MANY);
        }
        Instant now = clock.instant();
        OtpSecret secret = given.orElseGet(() -> OtpSecret.generate(random));
        String publicId = UUID.randomUUID().toString();
        Instant expiresAt = now.plus(TotpEnrollment.PENDING_VALIDITY);
        tokens.insertPending(new StoredHotpToken(0, publicId, user.id(), checkedName.isEmpty() ? "Hardware token" : checkedName,
                secrets.sealToken(secret, publicId, user.id()), ALGORITHM, DIGITS, CredentialState.PENDING, 0, now, null,
                expiresAt));
        String uri = OtpAuthUri.hotp(issuer.get(), user.username().value(), secret, ALGORITHM, DIGITS, 0);
        return new EnrollmentOutcome.TokenStarted(publicId, secret, uri, 0, expiresAt);
    }

    /**
     * Step two: a code of the token. A programmed token may have been pressed a few times
     * already, so the look-ahead window applies from counter 0; a token pressed more often than
     * that is enrolled, then resynchronised.
     */
    public EnrollmentOutcome activate(UserAccount user, String publicId, String typedCode, ClientInfo client) {
        Instant now = clock.instant();
        Optional<StoredHotpToken> pending = publicId == null || publicId.length() > 64
                ? Optional.empty() : tokens.findPending(user.id(), publicId, now);
        if (pending.isEmpty()) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.NOT_FOUND);
        }
        if (!allowed.getAsBoolean()) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.METHOD_TURNED_OFF);
        }
        StoredHotpToken token = pending.get();
        CodeCheck check = verifier.verify(secrets.open(token), token.generator(), typedCode, token.nextCounter(),
                CounterBasedCodeVerifier.LOOK_AHEAD);
        if (!(check instanceof CodeCheck.Accepted accepted)) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.WRONG_CODE);
        }
        if (tokens.countActive(user.id()) + authenticators.countActive(user.id()) >= TotpEnrollment.MAX_AUTHENTICATORS) {
            // Several set-ups started side by side: only as many as the limit allows finish.
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.TOO_MANY);
        }
        // The code that activated counts as used.
        if (!tokens.activate(token.id(), accepted.step() + 1, now)) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.NOT_FOUND);
        }
        events.record(new SecurityEvent(SecurityEventType.HOTP_ENROLLED, user.id(), user.username().value(), now,
                client, token.name()));
        return new EnrollmentOutcome.Activated(token.publicId(), recoveryCodes.issue(user.id(), now));
    }

    private static Optional<OtpSecret> parseSecret(String typed) {
        if (typed == null || typed.isEmpty()) {
            return Optional.empty();
        }
        String checked = TextRules.require("secret", typed, 1, MAX_SECRET_LENGTH);
        try {
            return Optional.of(OtpSecret.fromBase32(checked));
        } catch (IllegalArgumentException e) {
            throw new InputProblem("secret", InputProblem.Reason.MALFORMED);
        }
    }

    private boolean passwordMatches(UserAccount user, String typed) {
        return users.findPasswordRecord(user.username())
                .map(record -> CurrentPassword.matches(passwordHasher, typed, record.passwordHash()))
                .orElse(false);
    }
}
