package org.symbolon.server.api;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.audit.SecurityEventType;

/** The security events as the tests compare them: one line each, read straight from the table. */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** Events of the type, oldest first, as "TYPE user=NAME actor=NAME detail=TEXT" ("-" for none). */
    public static List<String> of(JdbcClient jdbc, SecurityEventType type) {
        return jdbc.sql("SELECT type, username, actor, detail FROM security_events WHERE type = ? ORDER BY id")
                .param(type.name())
                .query((row, number) -> row.getString("type")
                        + " user=" + orDash(row.getString("username"))
                        + " actor=" + orDash(row.getString("actor"))
                        + " detail=" + orDash(row.getString("detail")))
                .list();
    }

    /** How many events there are of the administrators' kinds, to show that a refused request wrote none. */
    public static long administrative(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM security_events WHERE actor IS NOT NULL").query(Long.class).single();
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
