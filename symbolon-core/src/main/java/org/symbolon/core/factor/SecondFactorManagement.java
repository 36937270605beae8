package org.symbolon.core.factor;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.sms.SmsFactorStore;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.password.CurrentPassword;

/**
 * A user's own changes to the second factor. Taking a factor away needs the password and a
 * current code or a recovery code (OWASP ASVS 7.5.1): a stolen session alone cannot weaken the
 * account. Removing the last app or token removes the recovery codes and the e-mail factor too.
 */
public final class SecondFactorManagement {

    private final UserStore users;
    private final PasswordHasher passwordHasher;
    private final TotpCredentialStore credentials;
    private final HotpTokenStore tokens;
    private final RecoveryCodeStore recoveryCodes;
    private final RecoveryCodeIssuer issuer;
    private final SecondFactorVerification verification;
    private final SecurityEventLog events;
    private final EmailFactorStore emailFactors;
    private final SmsFactorStore smsFactors;
    private final Clock clock;
    private final SecurityKeyStore securityKeys;

    public SecondFactorManagement(UserStore users, PasswordHasher passwordHasher, TotpCredentialStore credentials,
            HotpTokenStore tokens, RecoveryCodeStore recoveryCodes, RecoveryCodeIssuer issuer, SecondFactorVerification verification,
            SecurityEventLog events, EmailFactorStore emailFactors, SmsFactorStore smsFactors, Clock clock,
            SecurityKeyStore securityKeys) {
        this.securityKeys = securityKeys;
        this.emailFactors = emailFactors;
        this.smsFactors = smsFactors;
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.credentials = credentials;
        this.tokens = tokens;
        this.recoveryCodes = recoveryCodes;
        this.issuer = issuer;
        this.verification = verification;
        this.events = events;
        this.clock = clock;
    }

    public FactorOverview overview(UserAccount user) {
        return new FactorOverview(credentials.findActive(user.id()), tokens.findActive(user.id()),
                recoveryCodes.countUnused(user.id()), securityKeys.countOf(user.id()));
    }

    public ManagementOutcome remove(UserAccount user, String publicId, String password, String code, ClientInfo client) {
        // The id first: a code must not be spent on a request that cannot succeed.
        boolean exists = publicId != null && credentials.findActive(user.id()).stream()
                .anyMatch(credential -> credential.publicId().equals(publicId));
        if (!exists) {
            return new ManagementOutcome.NotFound();
        }
        Optional<ManagementOutcome> refused = proveIdentity(user, password, code, client);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!credentials.delete(user.id(), publicId)) {
            return new ManagementOutcome.NotFound();
        }
        Instant now = clock.instant();
        events.record(SecondFactorVerification.event(SecurityEventType.TOTP_REMOVED, user, now, client, publicId));
        afterRemoval(user, client);
        return new ManagementOutcome.Done();
    }

    /** Removes a hardware token, as {@link #remove} an app: the password and a code of any factor. */
    public ManagementOutcome removeToken(UserAccount user, String publicId, String password, String code,
            ClientInfo client) {
        boolean exists = publicId != null && tokens.findActive(user.id()).stream()
                .anyMatch(token -> token.publicId().equals(publicId));
        if (!exists) {
            return new ManagementOutcome.NotFound();
        }
        Optional<ManagementOutcome> refused = proveIdentity(user, password, code, client);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!tokens.delete(user.id(), publicId)) {
            return new ManagementOutcome.NotFound();
        }
        events.record(SecondFactorVerification.event(SecurityEventType.HOTP_REMOVED, user, clock.instant(), client, publicId));
        afterRemoval(user, client);
        return new ManagementOutcome.Done();
    }

    /** Recovery codes and e-mail codes back up an app or a token: with the last one gone, they go too. */
    void afterRemoval(UserAccount user, ClientInfo client) {
        if (factorCount(user) == 0) {
            recoveryCodes.deleteAll(user.id());
            if (emailFactors.delete(user.id())) {
                events.record(SecondFactorVerification.event(SecurityEventType.EMAIL_FACTOR_REMOVED, user, clock.instant(),
                        client, ""));
            }
            if (smsFactors.delete(user.id())) {
                events.record(SecondFactorVerification.event(SecurityEventType.SMS_FACTOR_REMOVED, user, clock.instant(),
                        client, ""));
            }
        }
    }

    private int factorCount(UserAccount user) {
        return credentials.countActive(user.id()) + tokens.countActive(user.id()) + securityKeys.countOf(user.id());
    }

    /** The user's unused recovery codes, counted. Read-only. */
    int recoveryCodesLeft(UserAccount user) {
        return recoveryCodes.countUnused(user.id());
    }

    /** Turns two-factor sign-in off: every app, hardware token, the e-mail and SMS factors and every recovery code go. */
    public ManagementOutcome disable(UserAccount user, String password, String code, ClientInfo client) {
        Optional<ManagementOutcome> refused = proveIdentity(user, password, code, client);
        if (refused.isPresent()) {
            return refused.get();
        }
        credentials.deleteAll(user.id());
        emailFactors.delete(user.id());
        smsFactors.delete(user.id());
        tokens.deleteAll(user.id());
        securityKeys.deleteAll(user.id());
        recoveryCodes.deleteAll(user.id());
        events.record(SecondFactorVerification.event(SecurityEventType.SECOND_FACTOR_DISABLED, user, clock.instant(), client, ""));
        return new ManagementOutcome.Done();
    }

    /**
     * Removes the e-mail factor (4/4), with the password and a current app code or a recovery code,
     * as for an authenticator. E-mail codes only back up an app or a token, so the user always has
     * one of those to prove it with.
     */
    public ManagementOutcome removeEmailFactor(UserAccount user, String password, String code, ClientInfo client) {
        return removeBackup(user, password, code, client, emailFactors.find(user.id()).isPresent(),
                () -> emailFactors.delete(user.id()), SecurityEventType.EMAIL_FACTOR_REMOVED);
    }

    /** Removes the phone number for SMS codes (6), proven as {@link #removeEmailFactor}. */
    public ManagementOutcome removeSmsFactor(UserAccount user, String password, String code, ClientInfo client) {
        return removeBackup(user, password, code, client, smsFactors.find(user.id()).isPresent(),
                () -> smsFactors.delete(user.id()), SecurityEventType.SMS_FACTOR_REMOVED);
    }

    private ManagementOutcome removeBackup(UserAccount user, String password, String code, ClientInfo client,
            boolean exists, BooleanSupplier delete, SecurityEventType removed) {
        if (!exists) {
            return new ManagementOutcome.NotFound();
        }
        Optional<ManagementOutcome> refused = proveIdentity(user, password, code, client);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!delete.getAsBoolean()) {
            return new ManagementOutcome.NotFound();
        }
        events.record(SecondFactorVerification.event(removed, user, clock.instant(), client, ""));
        return new ManagementOutcome.Done();
    }

    /** A new set of recovery codes, with the password; the old set stops working. */
    public ManagementOutcome regenerateRecoveryCodes(UserAccount user, String password, ClientInfo client) {
        if (!passwordMatches(user, password) || factorCount(user) == 0) {
            return new ManagementOutcome.Refused();
        }
        Instant now = clock.instant();
        events.record(new SecurityEvent(SecurityEventType.RECOVERY_CODES_REGENERATED, user.id(), user.username().value(),
                now, client, ""));
        return new ManagementOutcome.NewRecoveryCodes(issuer.issue(user.id(), now));
    }

    /**
     * Empty when the password and the code (of an app, a hardware token, or a recovery code) are
     * right; otherwise the refusal. Security keys are removed under this proof too.
     */
    public Optional<ManagementOutcome> proveIdentity(UserAccount user, String password, String code, ClientInfo client) {
        if (!passwordMatches(user, password)) {
            return Optional.of(new ManagementOutcome.Refused());
        }
        SecondFactorOutcome outcome = verification.verifyAnyCode(user, code, client);
        if (outcome instanceof SecondFactorOutcome.Verified) {
            return Optional.empty();
        }
        if (outcome instanceof SecondFactorOutcome.Rejected) {
            return Optional.of(new ManagementOutcome.Refused());
        }
        return Optional.of(new ManagementOutcome.Limited(outcome));
    }

    private boolean passwordMatches(UserAccount user, String typed) {
        return users.findPasswordRecord(user.username())
                .map(record -> CurrentPassword.matches(passwordHasher, typed, record.passwordHash()))
                .orElse(false);
    }
}
