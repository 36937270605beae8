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
     * @param strandedUsers how many users the change leaves without a method they can sign in
     *     with (see {@link #strands}); 0 when it turned no method off
     */
    public record Changed(InstancePolicy policy, boolean actorMustEnroll, int strandedUsers) {
    }

    private final InstancePolicyStore store;
    private final UserStore users;
    private final SecurityEventLog events;
    private final FactorCensus census;
    private final Clock clock;

    public PolicyAdministration(InstancePolicyStore store, UserStore users, SecurityEventLog events, FactorCensus census,
            Clock clock) {
        this.census = census;
        this.store = store;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public InstancePolicy current() {
        return store.load();
    }

    /**
     * How many users would be left without a way through the second step if {@code proposed}
     * replaced the policy in force: users whose every factor is of a method it turns off, and who
     * have no recovery code to fall back on. They keep their factors (turned on again, they work
     * again) but meanwhile need a bypass code. 0 when {@code proposed} turns no method off, so
     * that the count over every account runs only when it matters.
     */
    public int strands(InstancePolicy proposed) {
        boolean turnsMethodOff = !proposed.allowedMethods().containsAll(current().allowedMethods());
        return turnsMethodOff ? census.strandedUnder(proposed.allowedMethods()) : 0;
    }

    /**
     * @param actor the audit name of whoever changes it
     * @param actingAdmin the administrator's username when a person acts, empty for a token or the console
     */
    public Changed change(InstancePolicy policy, String actor, Optional<Username> actingAdmin, ClientInfo client) {
        int stranded = strands(policy);
        store.save(policy, clock.instant(), actor);
        events.record(new SecurityEvent(SecurityEventType.POLICY_CHANGED, null, null, clock.instant(), client,
                describe(policy), actor));
        boolean mustEnroll = actingAdmin.flatMap(users::findPasswordRecord)
                .map(record -> mustEnroll(policy, record))
                .orElse(false);
        return new Changed(policy, mustEnroll, stranded);
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
