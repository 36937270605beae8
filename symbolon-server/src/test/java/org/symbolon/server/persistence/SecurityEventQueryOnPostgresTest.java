package org.symbolon.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.symbolon.core.audit.AuditCursor;
import org.symbolon.core.audit.AuditFilter;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class SecurityEventQueryOnPostgresTest extends SecurityEventQueryTest {

    private static final Set<SecurityEventType> ONE = Set.of(SecurityEventType.SECOND_FACTOR_FAILED);
    private static final Set<SecurityEventType> TWO = Set.of(SecurityEventType.SECOND_FACTOR_FAILED,
            SecurityEventType.SECOND_FACTOR_LOCKED);

    @Autowired
    JdbcTemplate jdbcTemplate;

    /**
     * With sequential scans and sorts priced out, PostgreSQL still sorts, or still scans the table,
     * when no index yields the rows in page order: a plan without them shows that one does, for
     * every filter the pages and the API can ask for; and the user and type bound the index range
     * rather than filter what it reads. (The 10-million-event timings are in
     * docs/performance.md; this keeps a new filter from quietly losing its index.)
     */
    @Test
    void everyFilterIsReadInPageOrderStraightFromAnIndex() {
        record(SecurityEventType.SECOND_FACTOR_FAILED, 1L, T);
        AuditCursor cursor = new AuditCursor(T, 1);
        List<String> problems = new ArrayList<>();
        for (Long user : new Long[] {null, 1L}) {
            for (Set<SecurityEventType> types : List.of(Set.<SecurityEventType>of(), ONE, TWO)) {
                for (boolean range : new boolean[] {false, true}) {
                    AuditFilter filter = new AuditFilter(user, types, range ? T.minusSeconds(86_400) : null,
                            range ? T.plusSeconds(86_400) : null);
                    check(filter, null, true, problems);
                    check(filter, cursor, true, problems);
                    check(filter, cursor, false, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void check(AuditFilter filter, AuditCursor cursor, boolean newestFirst, List<String> problems) {
        String plan = explain(JdbcSecurityEventQuery.statement(filter, cursor, 50, newestFirst));
        String what = filter + (cursor == null ? "" : " cursor") + (newestFirst ? " newest first" : " oldest first");
        if (plan.contains("Seq Scan") || !plan.contains("Index")) {
            problems.add(what + " scans the table:\n" + plan);
        }
        // Several types are merged in order (Merge Append), each from its index; a Sort node would
        // mean rows gathered and sorted.
        if (plan.lines().anyMatch(line -> line.matches(".*Sort {2}\\(cost.*"))) {
            problems.add(what + " sorts rows:\n" + plan);
        }
        // The user and the type must bound the index range, not filter rows read from it.
        if (plan.lines().anyMatch(line -> line.contains("Filter:") && (line.contains("user_id") || line.contains("type")))) {
            problems.add(what + " reads rows of other users or types:\n" + plan);
        }
    }

    private String explain(JdbcSecurityEventQuery.Statement statement) {
        return jdbcTemplate.execute((ConnectionCallback<String>) connection -> {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL enable_seqscan = off");
                settings.execute("SET LOCAL enable_sort = off");
                settings.execute("SET LOCAL enable_bitmapscan = off");
                try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + statement.sql())) {
                    for (int i = 0; i < statement.params().size(); i++) {
                        explain.setObject(i + 1, statement.params().get(i));
                    }
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rows = explain.executeQuery()) {
                        while (rows.next()) {
                            plan.append(rows.getString(1)).append('\n');
                        }
                    }
                    return plan.toString();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }
}
