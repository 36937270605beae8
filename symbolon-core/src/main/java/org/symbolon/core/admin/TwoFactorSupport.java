package org.symbolon.core.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserSessions;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.account.Username;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.sms.SmsFactorStore;
import org.symbolon.core.factor.BypassCodeStore;
import org.symbolon.core.factor.HotpTokenStore;
import org.symbolon.core.factor.RecoveryCodeStore;
import org.symbolon.core.factor.SecondFactorAttemptStore;
import org.symbolon.core.factor.SecurityKeyStore;
import org.symbolon.core.factor.TotpCredentialStore;
import org.symbolon.core.group.GroupStore;
import org.symbolon.core.group.UserGroup;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRule;
import org.symbolon.core.policy.TwoFactorStanding;
import org.symbolon.core.recovery.RecoveryCodeGenerator;
import org.symbolon.core.recovery.RecoveryCodeHasher;
import org.symbolon.core.recovery.RecoveryCodes;

/**
 * How administrators help users with their second factor, from the web, the API or the console:
 * reset it, unlock the second step, issue a one-time bypass code, require or exempt. Each is a
 * security event naming the actor.
 */
public final class TwoFactorSupport {

    public static final int MIN_BYPASS_HOURS = 1;
    public static final int MAX_BYPASS_HOURS = 24;

    private final UserStore users;
    private final TotpCredentialStore credentials;
    private final HotpTokenStore tokens;
    private final RecoveryCodeStore recoveryCodes;
    private final SecondFactorAttemptStore attempts;
    private final BypassCodeStore bypassCodes;
    private final GroupStore groups;
    private final RecoveryCodeGenerator codeGenerator;
    private final RecoveryCodeHasher codeHasher;
    private final UserSessions sessions;
    private final SecurityEventLog events;
    private final Supplier<InstancePolicy> policy;
    private final Clock clock;
    private final EmailFactorStore emailFactors;
    private final SmsFactorStore smsFactors;
    private final SecurityKeyStore securityKeys;

    public TwoFactorSupport(UserStore users, TotpCredentialStore credentials, HotpTokenStore tokens,
            RecoveryCodeStore recoveryCodes,
            SecondFactorAttemptStore attempts, BypassCodeStore bypassCodes, GroupStore groups,
            RecoveryCodeGenerator codeGenerator, RecoveryCodeHasher codeHasher, UserSessions sessions,
            SecurityEventLog events, Supplier<InstancePolicy> policy, Clock clock, EmailFactorStore emailFactors,
            SmsFactorStore smsFactors, SecurityKeyStore securityKeys) {
        this.securityKeys = securityKeys;
        this.emailFactors = emailFactors;
        this.smsFactors = smsFactors;
        this.users = users;
        this.credentials = credentials;
        this.tokens = tokens;
        this.recoveryCodes = recoveryCodes;
        this.attempts = attempts;
        this.bypassCodes = bypassCodes;
        this.groups = groups;
        this.codeGenerator = codeGenerator;
        this.codeHasher = codeHasher;
        this.sessions = sessions;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    public Optional<UserSecurityOverview> overview(Username username) {
        return users.findByUsername(username).map(account -> {
            TwoFactorRule rule = users.findTwoFactorRule(account.id()).orElse(TwoFactorRule.POLICY);
            var userGroups = groups.groupsOf(account.id());
            boolean inRequiredGroup = userGroups.stream().anyMatch(UserGroup::requiresTwoFactor);
            boolean required = policy.get().requiresSecondFactor(
                    new TwoFactorStanding(account.isAdmin(), rule, inRequiredGroup, null));
            return new UserSecurityOverview(account, rule, required, userGroups, credentials.findActive(account.id()),
                    tokens.findActive(account.id()), securityKeys.keysOf(account.id()), emailFactors.find(account.id()),
                    smsFactors.find(account.id()),
                    recoveryCodes.countUnused(account.id()),
                    attempts.load(account.id()),
                    bypassCodes.findExpiry(account.id(), clock.instant()));
        });
    }

    /**
     * Removes every second factor (apps, hardware tokens, security keys, the e-mail and SMS factors), the recovery codes and any bypass code, clears the attempt
     * count and ends the user's sessions. Where a second factor is required, the user enrolls
     * again at the next sign-in.
     */
    public SupportOutcome resetTwoFactor(Username username, String actor, ClientInfo client) {
        return withUser(username, account -> {
            credentials.deleteAll(account.id());
            emailFactors.delete(account.id());
            smsFactors.delete(account.id());
            tokens.deleteAll(account.id());
            securityKeys.deleteAll(account.id());
            recoveryCodes.deleteAll(account.id());
            bypassCodes.delete(account.id());
            attempts.clear(account.id());
            sessions.endSessions(account.username(), null);
            record(SecurityEventType.TWO_FACTOR_RESET, account, "", actor, client);
            return new SupportOutcome.Done(account);
        });
    }

    /** Clears the failure count and the lock of the second step. */
    public SupportOutcome unlock(Username username, String actor, ClientInfo client) {
        return withUser(username, account -> {
            attempts.clear(account.id());
            record(SecurityEventType.SECOND_FACTOR_UNLOCKED, account, "", actor, client);
            return new SupportOutcome.Done(account);
        });
    }

    /** A code that passes the second step once, within {@code hours}; it replaces an earlier one. */
    public SupportOutcome issueBypassCode(Username username, int hours, String actor, ClientInfo client) {
        if (hours < MIN_BYPASS_HOURS || hours > MAX_BYPASS_HOURS) {
            return new SupportOutcome.Refused(SupportOutcome.Refusal.HOURS_OUT_OF_RANGE);
        }
        return withUser(username, account -> {
            Instant now = clock.instant();
            Instant expiresAt = now.plus(Duration.ofHours(hours));
            String code = codeGenerator.generate(1).get(0);
            String normalized = RecoveryCodes.normalize(code).orElseThrow();
            bypassCodes.replace(account.id(), codeHasher.hash(normalized), now, expiresAt, actor);
            record(SecurityEventType.BYPASS_CODE_ISSUED, account, "valid " + hours + " h", actor, client);
            return new SupportOutcome.BypassIssued(account, code, expiresAt);
        });
    }

    /** Requires a second factor of the user, exempts the user, or lets the policy decide. */
    public SupportOutcome setRule(Username username, TwoFactorRule rule, String actor, ClientInfo client) {
        return withUser(username, account -> {
            if (rule == TwoFactorRule.EXEMPT && account.isAdmin() && account.isActive() && users.countActiveAdmins() <= 1) {
                return new SupportOutcome.Refused(SupportOutcome.Refusal.LAST_ADMIN);
            }
            users.updateTwoFactorRule(account.id(), rule);
            record(SecurityEventType.TWO_FACTOR_RULE_CHANGED, account, rule.name(), actor, client);
            return new SupportOutcome.Done(account);
        });
    }

    private SupportOutcome withUser(Username username, Function<UserAccount, SupportOutcome> action) {
        return users.findByUsername(username)
                .map(action)
                .orElse(new SupportOutcome.Refused(SupportOutcome.Refusal.NO_SUCH_USER));
    }

    private void record(SecurityEventType type, UserAccount account, String detail, String actor, ClientInfo client) {
        events.record(new SecurityEvent(type, account.id(), account.username().value(), clock.instant(), client,
                detail, actor));
    }
}
