package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.group.GroupAdministration;
import org.symbolon.core.group.UserGroup;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.policy.CurrentPolicy;

/**
 * The policy as {@code policy show} and {@code policy set} print it: what is stored, and what
 * is in force where the stored value is "as the configuration says".
 */
record PolicyView(InstancePolicy policy, String effectiveServiceName, TotpSettings effectiveTotpDefaults,
        List<String> groupsRequiringTwoFactor) {

    private static final String LINE = "%-17s %s%n";

    static PolicyView of(ApplicationContext context) {
        CurrentPolicy current = context.getBean(CurrentPolicy.class);
        List<String> groups = context.getBean(GroupAdministration.class).list().stream()
                .filter(UserGroup::requiresTwoFactor)
                .map(group -> group.name().value())
                .toList();
        return new PolicyView(current.get(), current.serviceName(), current.totpDefaults(), groups);
    }

    void print(PrintWriter out) {
        out.printf(LINE, "Requirement:", policy.requirement());
        out.printf(LINE, "Grace period:", policy.graceDays() + (policy.graceDays() == 1 ? " day" : " days"));
        out.printf(LINE, "Methods:", String.join(", ", methods()));
        out.printf(LINE, "Service name:", effectiveServiceName
                + (policy.serviceName().isEmpty() ? " (from the configuration, symbolon.service-name)" : ""));
        out.printf(LINE, "TOTP defaults:", effectiveTotpDefaults.algorithm() + ", " + effectiveTotpDefaults.digits()
                + " digits, " + effectiveTotpDefaults.periodSeconds() + " s"
                + (policy.totpDefaults().isEmpty() ? " (from the configuration, symbolon.totp.*)" : ""));
        out.printf(LINE, "Groups with 2FA:", groupsRequiringTwoFactor.isEmpty() ? "none"
                : String.join(", ", groupsRequiringTwoFactor)
                        + (policy.requirement() == TwoFactorRequirement.REQUIRED_FOR_GROUPS
                                ? "" : " (they count only with REQUIRED_FOR_GROUPS)"));
    }

    Map<String, Object> asJson() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("requirement", policy.requirement().name());
        shown.put("graceDays", policy.graceDays());
        shown.put("allowedMethods", methods());
        shown.put("serviceName", policy.serviceName().orElse(null));
        shown.put("effectiveServiceName", effectiveServiceName);
        shown.put("totpDefaults", policy.totpDefaults().map(PolicyView::totp).orElse(null));
        shown.put("effectiveTotpDefaults", totp(effectiveTotpDefaults));
        shown.put("groupsRequiringTwoFactor", groupsRequiringTwoFactor);
        return shown;
    }

    /** The API's names (totp, recovery_code), in a fixed order. */
    private List<String> methods() {
        return InstancePolicy.CONFIGURABLE.stream()
                .filter(policy::allows)
                .sorted()
                .map(SecondFactorMethod::apiName)
                .toList();
    }

    private static Map<String, Object> totp(TotpSettings settings) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("algorithm", settings.algorithm().name());
        shown.put("digits", settings.digits());
        shown.put("period", settings.periodSeconds());
        return shown;
    }
}
