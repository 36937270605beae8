package org.symbolon.server.persistence;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.policy.FactorCensus;

/**
 * {@link FactorCensus} as one count over the users. It reads every account, which is right for
 * an administrator changing the policy (rare) and never happens at sign-in.
 */
@Repository
public class JdbcFactorCensus implements FactorCensus {

    private final JdbcClient jdbc;

    public JdbcFactorCensus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int strandedUnder(Set<SecondFactorMethod> allowed) {
        return jdbc.sql("SELECT COUNT(*) FROM users u WHERE u.state = 'ACTIVE' AND " + FactorConditions.anyFactor("u.id")
                        + " AND NOT " + FactorConditions.usableFactor(allowed, "u.id"))
                .query(Integer.class)
                .single();
    }
}
