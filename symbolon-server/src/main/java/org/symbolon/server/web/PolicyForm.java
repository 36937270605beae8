package org.symbolon.server.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.core.text.InputProblem;

/**
 * The instance settings form as submitted: every value as text, so that a wrong one becomes a
 * form error rather than a binding failure. The field names are those of {@link InstancePolicy},
 * so that its own refusals land on the right field.
 *
 * @param allowedMethods the ticked method checkboxes (SecondFactorMethod names); null when none
 * @param totpDefaults {@link #CONFIGURED} or {@link #CHOSEN}: whether the three selects apply
 * @param strandingConfirmed {@code "yes"} when the administrator was warned that the change leaves
 *     users without a usable method and saves anyway
 */
record PolicyForm(List<String> allowedMethods, String requirement, String graceDays, String serviceName,
        String totpDefaults, String totpAlgorithm, String totpDigits, String totpPeriod, String strandingConfirmed) {

    static final String CONFIGURED = "CONFIGURED";
    static final String CHOSEN = "CHOSEN";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,3}");

    /** The form showing the policy in force; where it has no app settings, the selects show {@code shown}. */
    static PolicyForm of(InstancePolicy policy, TotpSettings shown) {
        TotpSettings totp = policy.totpDefaults().orElse(shown);
        return new PolicyForm(policy.allowedMethods().stream().map(Enum::name).sorted().toList(),
                policy.requirement().name(), String.valueOf(policy.graceDays()), policy.serviceName().orElse(""),
                policy.totpDefaults().isPresent() ? CHOSEN : CONFIGURED, totp.algorithm().name(),
                String.valueOf(totp.digits()), String.valueOf(totp.periodSeconds()), null);
    }

    boolean confirmsStranding() {
        return "yes".equals(strandingConfirmed);
    }

    public boolean allows(String method) {
        return allowedMethods != null && allowedMethods.contains(method);
    }

    /** The policy, or null with every problem recorded in {@code errors}. */
    InstancePolicy toPolicy(FormErrors errors) {
        Set<SecondFactorMethod> methods = methods(errors);
        TwoFactorRequirement parsedRequirement = AdminPages.parseEnum(TwoFactorRequirement.class, requirement).orElse(null);
        if (parsedRequirement == null) {
            errors.add("requirement", "error.input.NOT_ALLOWED");
        }
        String days = graceDays == null ? "" : graceDays.strip();
        int parsedDays = WHOLE_NUMBER.matcher(days).matches() ? Integer.parseInt(days) : -1;
        if (parsedDays < 0 || parsedDays > InstancePolicy.MAX_GRACE_DAYS) {
            errors.add("graceDays", "admin.settings.graceDays.range", 0, InstancePolicy.MAX_GRACE_DAYS);
        }
        Optional<TotpSettings> totp = totp(errors);
        if (errors.any()) {
            return null;
        }
        String name = serviceName == null ? "" : serviceName.strip();
        try {
            return new InstancePolicy(parsedRequirement, parsedDays, methods,
                    name.isEmpty() ? Optional.empty() : Optional.of(name), totp);
        } catch (InputProblem problem) {
            if (problem.field().equals("allowedMethods") && problem.reason() == InputProblem.Reason.EMPTY) {
                errors.add("allowedMethods", "admin.settings.methods.totpRequired");
            } else {
                errors.add(problem.field(), "error.input." + problem.reason().name(), problem.limit());
            }
            return null;
        }
    }

    private Set<SecondFactorMethod> methods(FormErrors errors) {
        Set<SecondFactorMethod> methods = EnumSet.noneOf(SecondFactorMethod.class);
        for (String name : allowedMethods == null ? List.<String>of() : allowedMethods) {
            Optional<SecondFactorMethod> method = AdminPages.parseEnum(SecondFactorMethod.class, name)
                    .filter(InstancePolicy.CONFIGURABLE::contains);
            if (method.isEmpty()) {
                errors.add("allowedMethods", "error.input.NOT_ALLOWED");
            } else {
                methods.add(method.get());
            }
        }
        return methods;
    }

    /** Empty for "as configured"; the chosen settings when each of them is one that TotpSettings allows. */
    private Optional<TotpSettings> totp(FormErrors errors) {
        if (CONFIGURED.equals(totpDefaults)) {
            return Optional.empty();
        }
        if (!CHOSEN.equals(totpDefaults)) {
            errors.add("totpDefaults", "error.input.NOT_ALLOWED");
            return Optional.empty();
        }
        Optional<OtpAlgorithm> algorithm = AdminPages.parseEnum(OtpAlgorithm.class, totpAlgorithm);
        if (algorithm.isEmpty()) {
            errors.add("totpAlgorithm", "error.input.NOT_ALLOWED");
        }
        int digits = oneOf(totpDigits, 6, 8);
        if (digits == 0) {
            errors.add("totpDigits", "error.input.NOT_ALLOWED");
        }
        int period = oneOf(totpPeriod, 30, 60);
        if (period == 0) {
            errors.add("totpPeriod", "error.input.NOT_ALLOWED");
        }
        if (algorithm.isEmpty() || digits == 0 || period == 0) {
            return Optional.empty();
        }
        return Optional.of(new TotpSettings(algorithm.get(), digits, period));
    }

    private static int oneOf(String value, int first, int second) {
        String text = value == null ? "" : value.strip();
        return text.equals(String.valueOf(first)) ? first : text.equals(String.valueOf(second)) ? second : 0;
    }
}
