package org.symbolon.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class only where PostgreSQL answers; see {@link RequiredEnvironment}. */
public final class PostgresAvailable implements ExecutionCondition {

    private static volatile ConditionEvaluationResult cached;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (cached == null) {
            cached = probe();
        }
        return cached.isDisabled() ? RequiredEnvironment.missing(cached.getReason().orElse("PostgreSQL missing")) : cached;
    }

    /**
     * Each test context makes a schema symbolon_test_PID_N; those of test processes that have
     * ended are dropped, once per run. Schemas of a test run going on beside this one stay.
     */
    private static void dropSchemasOfEarlierRuns(Connection connection) throws SQLException {
        try (Statement list = connection.createStatement();
                ResultSet schemas = list.executeQuery(
                        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'symbolon\\_test\\_%'")) {
            while (schemas.next()) {
                if (ownerIsAlive(schemas.getString(1))) {
                    continue;
                }
                try (Statement drop = connection.createStatement()) {
                    drop.execute("DROP SCHEMA \"" + schemas.getString(1) + "\" CASCADE");
                }
            }
        }
    }

    private static boolean ownerIsAlive(String schema) {
        String[] parts = schema.split("_");
        try {
            return parts.length >= 4 && ProcessHandle.of(Long.parseLong(parts[2])).isPresent();
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    private static ConditionEvaluationResult probe() {
        String url = System.getenv().getOrDefault("SYMBOLON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("SYMBOLON_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("SYMBOLON_TEST_PG_PASSWORD", "");
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            dropSchemasOfEarlierRuns(connection);
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url);
        } catch (SQLException e) {
            return ConditionEvaluationResult.disabled("PostgreSQL does not answer at " + url + ": " + e.getMessage());
        }
    }
}
