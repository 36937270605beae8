package org.symbolon.server.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;
import org.symbolon.server.api.AdminPolicyApiViews.PolicyBody;
import org.symbolon.server.api.AdminPolicyApiViews.TotpDefaultsBody;

/**
 * A PUT body turned into an {@link InstancePolicy}. The rules stay the core's; this only names
 * the member of the body that broke one, as the client sent it ({@code serviceNameOverride},
 * {@code totpDefaultsOverride.digits}), so that {@code field} in the 400 answer points at it.
 */
final class PolicyBodies {

    private static final String TOTP = "totpDefaultsOverride";

    private PolicyBodies() {
    }

    /** @throws InputProblem naming the member of the body at fault */
    static InstancePolicy toPolicy(PolicyBody body) {
        TwoFactorRequirement requirement = ApiValues.constant(TwoFactorRequirement.class, "requirement", body.requirement());
        int graceDays = ApiValues.required("graceDays", body.graceDays());
        Set<SecondFactorMethod> methods = methods(body.allowedMethods());
        Optional<String> serviceName = Optional.ofNullable(body.serviceNameOverride()).map(PolicyBodies::serviceName);
        Optional<TotpSettings> totpDefaults = Optional.ofNullable(body.totpDefaultsOverride()).map(PolicyBodies::totp);
        // Checks graceDays and which methods may be allowed together.
        return new InstancePolicy(requirement, graceDays, methods, serviceName, totpDefaults);
    }

    private static Set<SecondFactorMethod> methods(List<String> names) {
        Set<SecondFactorMethod> methods = EnumSet.noneOf(SecondFactorMethod.class);
        for (String name : ApiValues.required("allowedMethods", names)) {
            methods.add(Optional.ofNullable(name)
                    .flatMap(given -> SecondFactorMethod.fromApiName(given.strip().toLowerCase(Locale.ROOT)))
                    .orElseThrow(() -> new InputProblem("allowedMethods", InputProblem.Reason.NOT_ALLOWED)));
        }
        return methods;
    }

    /** A name of only spaces is refused rather than read as "as configured": null says that. */
    private static String serviceName(String name) {
        String checked = TextRules.require("serviceNameOverride", name, 1, InstancePolicy.MAX_SERVICE_NAME_LENGTH).strip();
        if (checked.isEmpty()) {
            throw new InputProblem("serviceNameOverride", InputProblem.Reason.EMPTY, 1);
        }
        return checked;
    }

    private static TotpSettings totp(TotpDefaultsBody body) {
        OtpAlgorithm algorithm = ApiValues.constant(OtpAlgorithm.class, TOTP + ".algorithm", body.algorithm());
        int digits = ApiValues.required(TOTP + ".digits", body.digits());
        int period = ApiValues.required(TOTP + ".period", body.period());
        // TotpSettings knows which digits and periods apps support; ask it one member at a time.
        accepted(TOTP + ".digits", () -> new TotpSettings(algorithm, digits, TotpSettings.DEFAULT.periodSeconds()));
        accepted(TOTP + ".period", () -> new TotpSettings(algorithm, TotpSettings.DEFAULT.digits(), period));
        return new TotpSettings(algorithm, digits, period);
    }

    private static void accepted(String field, Supplier<TotpSettings> settings) {
        try {
            settings.get();
        } catch (IllegalArgumentException refused) {
            throw new InputProblem(field, InputProblem.Reason.NOT_ALLOWED);
        }
    }
}
