package org.symbolon.core.policy;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.symbolon.core.account.PasswordRecord;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.account.Username;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;

/** Changing the instance policy: stored, audited, and checked against locking the acting admin out. */
public final class PolicyAdministration {

    /**
     * The policy now in force.
     *
     * @param actorMustEnroll the acting administrator has no second factor and the new policy
     *     requires one: they are warned that they will have to enroll at their next sign-in
     */
    public record Changed(InstancePolicy policy, boolean actorMustEnroll) {
    }

    private final InstancePolicyStore store;
    private final UserStore users;
    private final SecurityEventLog events;
    private final Clock clock;

    public PolicyAdministration(InstancePolicyStore store, UserStore users, SecurityEventLog events, Clock clock) {
        this.store = store;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public InstancePolicy current() {
        return store.load();
    }

    /**
     * @param actor the audit name of whoever changes it
     * @param actingAdmin the administrator's username when a person acts, empty for a token or the console
     */
    public Changed change(InstancePolicy policy, String actor, Optional<Username> actingAdmin, ClientInfo client) {
        store.save(policy, clock.instant(), actor);
        events.record(new SecurityEvent(SecurityEventType.POLICY_CHANGED, null, null, clock.instant(), client,
                describe(policy), actor));
        boolean mustEnroll = actingAdmin.flatMap(users::findPasswordRecord)
                .map(record -> mustEnroll(policy, record))
                .orElse(false);
        return new Changed(policy, mustEnroll);
    }

    private static boolean mustEnroll(InstancePolicy policy, PasswordRecord record) {
        return !record.hasSecondFactor() && policy.requiresSecondFactor(record.standing());
    }

    /** For the audit log: every setting, never anything secret (there is none in a policy). */
    static String describe(InstancePolicy policy) {
        return "requirement=" + policy.requirement()
                + " graceDays=" + policy.graceDays()
                + " methods=" + policy.allowedMethods().stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                + policy.serviceName().map(name -> " serviceName=" + name).orElse("")
                + policy.totpDefaults().map(totp -> " totp=" + totp.algorithm() + "/" + totp.digits() + "/"
                        + totp.periodSeconds()).orElse("");
    }
}
