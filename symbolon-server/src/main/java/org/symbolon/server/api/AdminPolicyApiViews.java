package org.symbolon.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.InstancePolicy;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON shapes of the instance policy endpoints. */
final class AdminPolicyApiViews {

    /** A warning: the acting administrator will have to set up a second factor at the next sign-in. */
    static final String ACTOR_MUST_ENROLL = "actor_must_enroll";
    /** A warning: the change turned off every method that some users have; {@code strandedUsers} says how many. */
    static final String USERS_STRANDED = "users_stranded";

    private AdminPolicyApiViews() {
    }

    /**
     * The body of PUT /api/v1/admin/policy: the whole writable policy. The overrides may be null
     * (or left out) for "as the configuration file says".
     */
    record PolicyBody(
            String requirement,
            @JsonDeserialize(using = StrictJsonValues.WholeNumber.class) Integer graceDays,
            List<String> allowedMethods,
            String serviceNameOverride,
            TotpDefaultsBody totpDefaultsOverride) {
    }

    record TotpDefaultsBody(
            String algorithm,
            @JsonDeserialize(using = StrictJsonValues.WholeNumber.class) Integer digits,
            @JsonDeserialize(using = StrictJsonValues.WholeNumber.class) Integer period) {
    }

    record TotpDefaultsView(String algorithm, int digits, int period) {

        static TotpDefaultsView of(TotpSettings settings) {
            return new TotpDefaultsView(settings.algorithm().name(), settings.digits(), settings.periodSeconds());
        }
    }

    /**
     * @param serviceName the issuer authenticator apps show: the override, or the configured one
     * @param serviceNameOverride null when the configured name applies
     * @param totpDefaults the settings of new authenticators: the override, or the configured ones
     * @param totpDefaultsOverride null when the configured settings apply
     * @param warnings only in the answer to a change: what the administrator should know of it
     * @param strandedUsers only in the answer to a change: how many active users it left without a
     *     method they may sign in with (they need a bypass code until the methods are on again)
     */
    record PolicyView(
            String requirement,
            int graceDays,
            List<String> allowedMethods,
            String serviceName,
            String serviceNameOverride,
            TotpDefaultsView totpDefaults,
            TotpDefaultsView totpDefaultsOverride,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> warnings,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer strandedUsers) {

        static PolicyView of(InstancePolicy policy, String effectiveServiceName, TotpSettings effectiveTotpDefaults,
                List<String> warnings, Integer strandedUsers) {
            return new PolicyView(
                    policy.requirement().name(),
                    policy.graceDays(),
                    policy.allowedMethods().stream().sorted(Comparator.naturalOrder()).map(SecondFactorMethod::apiName).toList(),
                    effectiveServiceName,
                    policy.serviceName().orElse(null),
                    TotpDefaultsView.of(effectiveTotpDefaults),
                    policy.totpDefaults().map(TotpDefaultsView::of).orElse(null),
                    warnings,
                    strandedUsers);
        }
    }
}
