package org.symbolon.server.testing;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The content of the tables a request could write, to show that a refused request wrote nothing. */
public final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    public static List<Map<String, Object>> users(JdbcClient jdbc) {
        return jdbc.sql("SELECT id, username, username_key, display_name, email, role, state, password_hash, "
                + "created_at, password_changed_at FROM users ORDER BY id").query().listOfRows();
    }
}
