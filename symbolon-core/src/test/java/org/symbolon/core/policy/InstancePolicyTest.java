package org.symbolon.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.text.InputProblem;

class InstancePolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private static InstancePolicy policy(TwoFactorRequirement requirement, int graceDays) {
        return new InstancePolicy(requirement, graceDays, InstancePolicy.CONFIGURABLE, Optional.empty(), Optional.empty());
    }

    @ParameterizedTest(name = "{0}, admin={1}, inRequiredGroup={2}, rule={3} -> {4}")
    @CsvSource({
            "OPTIONAL,            true,  true,  POLICY,   false",
            "OPTIONAL,            false, false, REQUIRED, true",
            "REQUIRED_FOR_ADMINS, true,  false, POLICY,   true",
            "REQUIRED_FOR_ADMINS, false, true,  POLICY,   false",
            "REQUIRED_FOR_ADMINS, true,  false, EXEMPT,   false",
            "REQUIRED_FOR_GROUPS, false, true,  POLICY,   true",
            "REQUIRED_FOR_GROUPS, true,  false, POLICY,   false",
            "REQUIRED_FOR_GROUPS, false, true,  EXEMPT,   false",
            "REQUIRED_FOR_ALL,    false, false, POLICY,   true",
            "REQUIRED_FOR_ALL,    false, false, EXEMPT,   false",
    })
    void theRequirementFollowsThePolicyUnlessTheUsersRuleSaysOtherwise(TwoFactorRequirement requirement, boolean admin,
            boolean inRequiredGroup, TwoFactorRule rule, boolean required) {
        TwoFactorStanding standing = new TwoFactorStanding(admin, rule, inRequiredGroup, null);

        assertThat(policy(requirement, 0).requiresSecondFactor(standing)).isEqualTo(required);
    }

    @Test
    void withoutGraceEnrollmentIsDueAtOnceAndNotAtAllOnceEnrolled() {
        TwoFactorStanding standing = new TwoFactorStanding(false, TwoFactorRule.REQUIRED, false, null);

        assertThat(policy(TwoFactorRequirement.OPTIONAL, 0).enrollmentDue(standing, false, NOW)).isEqualTo(EnrollmentDue.NOW);
        assertThat(policy(TwoFactorRequirement.OPTIONAL, 0).enrollmentDue(standing, true, NOW)).isEqualTo(EnrollmentDue.NONE);
    }

    @Test
    void theGracePeriodCountsFromItsStartAndThenEnrollmentIsDue() {
        InstancePolicy sevenDays = policy(TwoFactorRequirement.REQUIRED_FOR_ALL, 7);
        TwoFactorStanding fresh = new TwoFactorStanding(false, TwoFactorRule.POLICY, false, null);
        Instant started = NOW.minus(Duration.ofDays(6));
        TwoFactorStanding sixDaysIn = new TwoFactorStanding(false, TwoFactorRule.POLICY, false, started);

        assertThat(sevenDays.enrollmentDue(fresh, false, NOW)).isEqualTo(new EnrollmentDue.By(NOW.plus(Duration.ofDays(7))));
        assertThat(sevenDays.enrollmentDue(sixDaysIn, false, NOW)).isEqualTo(new EnrollmentDue.By(started.plus(Duration.ofDays(7))));
        assertThat(sevenDays.enrollmentDue(sixDaysIn, false, started.plus(Duration.ofDays(7)))).isEqualTo(EnrollmentDue.NOW);
    }

    @Test
    void aPolicyWithoutAnEnrollableMethodOrWithAnOutOfRangeGraceIsRefused() {
        assertThatThrownBy(() -> new InstancePolicy(TwoFactorRequirement.OPTIONAL, 0,
                EnumSet.of(SecondFactorMethod.RECOVERY_CODE), Optional.empty(), Optional.empty()))
                .isInstanceOf(InputProblem.class);
        assertThatThrownBy(() -> new InstancePolicy(TwoFactorRequirement.OPTIONAL, 0,
                Set.of(SecondFactorMethod.TOTP, SecondFactorMethod.BYPASS_CODE), Optional.empty(), Optional.empty()))
                .isInstanceOf(InputProblem.class);
        assertThatThrownBy(() -> policy(TwoFactorRequirement.OPTIONAL, -1)).isInstanceOf(InputProblem.class);
        assertThatThrownBy(() -> policy(TwoFactorRequirement.OPTIONAL, 366)).isInstanceOf(InputProblem.class);
    }

    @Test
    void aBypassCodeIsAlwaysAllowedAndRecoveryCodesCanBeTurnedOff() {
        InstancePolicy appOnly = new InstancePolicy(TwoFactorRequirement.OPTIONAL, 0, EnumSet.of(SecondFactorMethod.TOTP),
                Optional.of("  Example  "), Optional.empty());

        assertThat(appOnly.allows(SecondFactorMethod.BYPASS_CODE)).isTrue();
        assertThat(appOnly.allows(SecondFactorMethod.RECOVERY_CODE)).isFalse();
        assertThat(appOnly.serviceName()).contains("Example");
    }
}
