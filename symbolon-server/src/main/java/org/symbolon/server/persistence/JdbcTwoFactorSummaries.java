package org.symbolon.server.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.admin.TwoFactorSummaries;
import org.symbolon.core.policy.TwoFactorRule;

/** {@link TwoFactorSummaries} in one read by primary key, with the same EXISTS as the password step. */
@Repository
public class JdbcTwoFactorSummaries implements TwoFactorSummaries {

    private static final String SUMMARIES = "SELECT u.id, u.two_factor_rule, " + FactorConditions.anyFactor("u.id")
            + " AS has_second_factor FROM users u WHERE u.id IN (:ids)";

    private final JdbcClient jdbc;

    public JdbcTwoFactorSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, TwoFactorSummary> of(Collection<Long> userIds) {
        Map<Long, TwoFactorSummary> summaries = new HashMap<>();
        if (userIds.isEmpty()) {
            return summaries;
        }
        jdbc.sql(SUMMARIES)
                .param("ids", userIds)
                .query(rs -> {
                    summaries.put(rs.getLong("id"), new TwoFactorSummary(
                            TwoFactorRule.valueOf(rs.getString("two_factor_rule")), rs.getBoolean("has_second_factor")));
                });
        return summaries;
    }
}
