package org.symbolon.server.persistence;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.symbolon.core.factor.SecondFactorMethod;

/**
 * The SQL that asks whether a user has a factor of each kind, in one place: the password step,
 * the administrators' lists and the policy warnings must agree on what "has a second factor"
 * means. Each condition is an EXISTS on its table's index that starts with {@code user_id}.
 * A new kind of factor adds one entry here.
 */
final class FactorConditions {

    /** The factors a user signs in with; recovery codes and bypass codes only back them up. */
    private static final Map<SecondFactorMethod, String> FACTORS = Map.of(
            SecondFactorMethod.TOTP, "EXISTS (SELECT 1 FROM totp_credentials t WHERE t.user_id = %s AND t.state = 'ACTIVE')",
            SecondFactorMethod.HOTP, "EXISTS (SELECT 1 FROM hotp_tokens h WHERE h.user_id = %s AND h.state = 'ACTIVE')",
            SecondFactorMethod.EMAIL, "EXISTS (SELECT 1 FROM email_factors e WHERE e.user_id = %s)",
            SecondFactorMethod.SMS, "EXISTS (SELECT 1 FROM sms_factors s WHERE s.user_id = %s)",
            SecondFactorMethod.WEBAUTHN, "EXISTS (SELECT 1 FROM security_keys k WHERE k.user_id = %s)");

    private static final String RECOVERY_CODES_LEFT =
            "EXISTS (SELECT 1 FROM recovery_codes r WHERE r.user_id = %s AND r.used_at IS NULL)";

    private FactorConditions() {
    }

    /** True when the user whose id is the column {@code userId} has any factor to sign in with. */
    static String anyFactor(String userId) {
        return anyOf(FACTORS.keySet(), userId);
    }

    /**
     * True when the user could pass the second step with only the {@code allowed} methods: a
     * factor of one of them, or an unused recovery code where those are allowed.
     */
    static String usableFactor(Set<SecondFactorMethod> allowed, String userId) {
        String factors = anyOf(allowed, userId);
        if (allowed.contains(SecondFactorMethod.RECOVERY_CODE)) {
            return "(" + factors + " OR " + RECOVERY_CODES_LEFT.formatted(userId) + ")";
        }
        return factors;
    }

    private static String anyOf(Set<SecondFactorMethod> methods, String userId) {
        String conditions = FACTORS.entrySet().stream()
                .filter(entry -> methods.contains(entry.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getValue().formatted(userId))
                .collect(Collectors.joining(" OR "));
        return conditions.isEmpty() ? "FALSE" : "(" + conditions + ")";
    }
}
