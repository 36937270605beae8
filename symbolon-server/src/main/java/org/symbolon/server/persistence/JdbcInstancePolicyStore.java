package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.InstancePolicyStore;
import org.symbolon.core.policy.TwoFactorRequirement;

/**
 * {@link InstancePolicyStore} on the single row of {@code instance_policy} (created by V3). Not a
 * bean of its own: the application reaches it through the cache in {@code CurrentPolicy}.
 */
public class JdbcInstancePolicyStore implements InstancePolicyStore {

    private final JdbcClient jdbc;

    public JdbcInstancePolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public InstancePolicy load() {
        return jdbc.sql("""
                SELECT requirement, grace_days, allowed_methods, service_name, totp_algorithm, totp_digits, totp_period
                FROM instance_policy WHERE id = 1""")
                .query((rs, n) -> policy(rs))
                .optional()
                .orElse(InstancePolicy.DEFAULT);
    }

    @Override
    public void save(InstancePolicy policy, Instant now, String actor) {
        Optional<TotpSettings> totp = policy.totpDefaults();
        jdbc.sql("""
                UPDATE instance_policy SET requirement = ?, grace_days = ?, allowed_methods = ?, service_name = ?,
                    totp_algorithm = ?, totp_digits = ?, totp_period = ?, updated_at = ?, updated_by = ?
                WHERE id = 1""")
                .params(policy.requirement().name(), policy.graceDays(),
                        policy.allowedMethods().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        policy.serviceName().orElse(null),
                        totp.map(settings -> settings.algorithm().name()).orElse(null),
                        totp.map(TotpSettings::digits).orElse(null),
                        totp.map(TotpSettings::periodSeconds).orElse(null),
                        timestamp(now), actor)
                .update();
    }

    private static InstancePolicy policy(ResultSet rs) throws SQLException {
        Set<SecondFactorMethod> methods = EnumSet.noneOf(SecondFactorMethod.class);
        Arrays.stream(rs.getString("allowed_methods").split(","))
                .filter(name -> !name.isBlank())
                .forEach(name -> methods.add(SecondFactorMethod.valueOf(name.strip())));
        String algorithm = rs.getString("totp_algorithm");
        Optional<TotpSettings> totp = algorithm == null ? Optional.empty() : Optional.of(new TotpSettings(
                OtpAlgorithm.valueOf(algorithm), rs.getInt("totp_digits"), rs.getInt("totp_period")));
        return new InstancePolicy(TwoFactorRequirement.valueOf(rs.getString("requirement")), rs.getInt("grace_days"),
                methods, Optional.ofNullable(rs.getString("service_name")), totp);
    }
}
