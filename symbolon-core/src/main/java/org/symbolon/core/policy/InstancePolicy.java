package org.symbolon.core.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;

/**
 * The instance-wide second-factor policy that administrators set.
 *
 * @param allowedMethods the methods users may enroll and sign in with
 * @param serviceName the issuer shown in authenticator apps, or empty for the configured one
 * @param totpDefaults the settings of new authenticators, or empty for the configured ones
 */
public record InstancePolicy(
        TwoFactorRequirement requirement,
        int graceDays,
        Set<SecondFactorMethod> allowedMethods,
        Optional<String> serviceName,
        Optional<TotpSettings> totpDefaults) {

    public static final int MAX_GRACE_DAYS = 365;
    public static final int MAX_SERVICE_NAME_LENGTH = 64;
    /** The methods an administrator can turn on or off; a bypass code is always possible. */
    public static final Set<SecondFactorMethod> CONFIGURABLE = EnumSet.of(SecondFactorMethod.TOTP,
            SecondFactorMethod.HOTP, SecondFactorMethod.RECOVERY_CODE, SecondFactorMethod.EMAIL, SecondFactorMethod.SMS,
            SecondFactorMethod.WEBAUTHN);

    /**
     * E-mail and SMS codes are off unless an administrator turns them on (see {@link SecondFactorMethod#EMAIL}
     * and {@link SecondFactorMethod#SMS}); security keys are on, as the strongest factor.
     */
    public static final InstancePolicy DEFAULT = new InstancePolicy(TwoFactorRequirement.REQUIRED_FOR_ADMINS, 0,
            EnumSet.of(SecondFactorMethod.WEBAUTHN, SecondFactorMethod.TOTP, SecondFactorMethod.HOTP,
                    SecondFactorMethod.RECOVERY_CODE), Optional.empty(), Optional.empty());

    /** @throws InputProblem for a value that no administrator could mean */
    public InstancePolicy {
        if (requirement == null) {
            throw new InputProblem("requirement", InputProblem.Reason.EMPTY, 0);
        }
        if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
            throw new InputProblem("graceDays", InputProblem.Reason.NOT_ALLOWED, MAX_GRACE_DAYS);
        }
        if (allowedMethods == null || !CONFIGURABLE.containsAll(allowedMethods)) {
            throw new InputProblem("allowedMethods", InputProblem.Reason.NOT_ALLOWED, 0);
        }
        // Recovery codes back up an authenticator app or a hardware token; alone they cannot be enrolled.
        if (!allowedMethods.contains(SecondFactorMethod.TOTP) && !allowedMethods.contains(SecondFactorMethod.HOTP)) {
            throw new InputProblem("allowedMethods", InputProblem.Reason.EMPTY, 0);
        }
        allowedMethods = Set.copyOf(allowedMethods);
        serviceName = serviceName.map(name -> TextRules.require("serviceName", name, 1, MAX_SERVICE_NAME_LENGTH).strip())
                .filter(name -> !name.isEmpty());
    }

    public boolean allows(SecondFactorMethod method) {
        return method == SecondFactorMethod.BYPASS_CODE || allowedMethods.contains(method);
    }

    /**
     * Whether a user with this standing must have a second factor. An exempt user may still
     * have one, and then uses it.
     */
    public boolean requiresSecondFactor(TwoFactorStanding standing) {
        return switch (standing.rule()) {
            case EXEMPT -> false;
            case REQUIRED -> true;
            case POLICY -> switch (requirement) {
                case OPTIONAL -> false;
                case REQUIRED_FOR_ADMINS -> standing.admin();
                case REQUIRED_FOR_GROUPS -> standing.inRequiredGroup();
                case REQUIRED_FOR_ALL -> true;
            };
        };
    }

    /**
     * What a user without a second factor must do now. The grace period counts from
     * {@code graceStartedAt}, or from now when it has not started (the caller then stores now).
     */
    public EnrollmentDue enrollmentDue(TwoFactorStanding standing, boolean hasSecondFactor, Instant now) {
        if (hasSecondFactor || !requiresSecondFactor(standing)) {
            return EnrollmentDue.NONE;
        }
        if (graceDays == 0) {
            return EnrollmentDue.NOW;
        }
        Instant started = standing.graceStartedAt() == null ? now : standing.graceStartedAt();
        Instant deadline = started.plus(Duration.ofDays(graceDays));
        return now.isBefore(deadline) ? new EnrollmentDue.By(deadline) : EnrollmentDue.NOW;
    }
}
