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
import org.symbolon.core.otp.OtpAuthUri;
import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.otp.TimeBasedCodeVerifier;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.password.CurrentPassword;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;

/**
 * Setting up an authenticator app: the user proves the password again, gets a new key, and
 * proves with a first code that the app has it. Only then is the credential active, and a new
 * set of recovery codes replaces the old one.
 */
public final class TotpEnrollment {

    public static final int MAX_AUTHENTICATORS = 5;
    public static final Duration PENDING_VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_NAME_LENGTH = 64;

    private final UserStore users;
    private final PasswordHasher passwordHasher;
    private final TotpCredentialStore credentials;
    private final HotpTokenStore tokens;
    private final TotpSecrets secrets;
    private final RecoveryCodeIssuer recoveryCodes;
    private final SecurityEventLog events;
    private final Supplier<TotpSettings> settings;
    private final Supplier<String> issuer;
    private final BooleanSupplier allowed;
    private final SecureRandom random;
    private final Clock clock;
    private final TimeBasedCodeVerifier verifier = new TimeBasedCodeVerifier();

    public TotpEnrollment(UserStore users, PasswordHasher passwordHasher, TotpCredentialStore credentials,
            HotpTokenStore tokens, TotpSecrets secrets, RecoveryCodeIssuer recoveryCodes, SecurityEventLog events,
            Supplier<TotpSettings> settings, Supplier<String> issuer, BooleanSupplier allowed, SecureRandom random,
            Clock clock) {
        this.allowed = allowed;
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.credentials = credentials;
        this.tokens = tokens;
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.settings = settings;
        this.issuer = issuer;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Step one. {@code name} may be empty; it is checked like any text input.
     *
     * @throws InputProblem when the name is too long or malformed
     */
    public EnrollmentOutcome start(UserAccount user, String password, String name) {
        String checkedName = TextRules.require("name", name, 0, MAX_NAME_LENGTH).strip();
        if (!allowed.getAsBoolean()) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.METHOD_TURNED_OFF);
        }
        if (!passwordMatches(user, password)) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.WRONG_PASSWORD);
        }
        return begin(user, checkedName);
    }

    /**
     * Step one of an enrollment that the policy requires, right after the user signed in: the
     * password was proven minutes ago, in the same sign-in, so it is not asked again. Only the
     * server's sign-in flow may call this, and only in that state.
     *
     * @throws InputProblem when the name is too long or malformed
     */
    public EnrollmentOutcome startAfterSignIn(UserAccount user, String name) {
        String checkedName = TextRules.require("name", name, 0, MAX_NAME_LENGTH).strip();
        if (!allowed.getAsBoolean()) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.METHOD_TURNED_OFF);
        }
        return begin(user, checkedName);
    }

    private EnrollmentOutcome begin(UserAccount user, String checkedName) {
        if (atLimit(user)) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.TOO_MANY);
        }
        Instant now = clock.instant();
        TotpSettings chosen = settings.get();
        OtpSecret secret = OtpSecret.generate(random);
        String publicId = UUID.randomUUID().toString();
        Instant expiresAt = now.plus(PENDING_VALIDITY);
        credentials.insertPending(new StoredTotpCredential(0, publicId, user.id(),
                checkedName.isEmpty() ? "Authenticator" : checkedName, secrets.seal(secret, publicId, user.id()),
                chosen, CredentialState.PENDING, 0, TimeBasedCodeVerifier.NO_STEP_USED, now, null, expiresAt));
        String uri = OtpAuthUri.totp(issuer.get(), user.username().value(), secret, chosen);
        return new EnrollmentOutcome.Started(publicId, secret, uri, chosen, now, expiresAt);
    }

    /**
     * Step two. The first code may come from a phone whose clock is off by up to ten steps
     * (five minutes); the offset found is stored and followed from then on (RFC 6238 §6).
     */
    public EnrollmentOutcome activate(UserAccount user, String publicId, String typedCode, ClientInfo client) {
        if (!allowed.getAsBoolean()) {
            // Turned off between the two steps: the pending key expires unused.
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.METHOD_TURNED_OFF);
        }
        Instant now = clock.instant();
        Optional<StoredTotpCredential> pending = publicId == null || publicId.length() > 64
                ? Optional.empty() : credentials.findPending(user.id(), publicId, now);
        if (pending.isEmpty()) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.NOT_FOUND);
        }
        StoredTotpCredential credential = pending.get();
        CodeCheck check = verifier.verify(secrets.open(credential), credential.settings(), typedCode, now,
                TimeBasedCodeVerifier.NO_STEP_USED, 0, TimeBasedCodeVerifier.ACTIVATION_WINDOW);
        if (!(check instanceof CodeCheck.Accepted accepted)) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.WRONG_CODE);
        }
        if (atLimit(user)) {
            // Several set-ups started side by side: only as many as the limit allows finish.
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.TOO_MANY);
        }
        // The code used to activate counts as used: activation stores its step as the last one.
        if (!credentials.activate(credential.id(), accepted.step(), accepted.offsetSteps(), now)) {
            return new EnrollmentOutcome.Refused(EnrollmentOutcome.Refusal.NOT_FOUND);
        }
        events.record(new SecurityEvent(SecurityEventType.TOTP_ENROLLED, user.id(), user.username().value(), now,
                client, credential.name()));
        return new EnrollmentOutcome.Activated(credential.publicId(), recoveryCodes.issue(user.id(), now));
    }

    /** Apps and hardware tokens share the limit (see HotpEnrollment). */
    private boolean atLimit(UserAccount user) {
        return credentials.countActive(user.id()) + tokens.countActive(user.id()) >= MAX_AUTHENTICATORS;
    }

    private boolean passwordMatches(UserAccount user, String typed) {
        return users.findPasswordRecord(user.username())
                .map(record -> CurrentPassword.matches(passwordHasher, typed, record.passwordHash()))
                .orElse(false);
    }
}
