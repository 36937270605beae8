package org.symbolon.server.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.account.UserSessions;
import org.symbolon.core.account.Username;

/**
 * Ends sessions in Spring Session's table directly, through its index on the principal name
 * (the username key). Plain SQL rather than Spring Session's repository, so that the command
 * line, which runs no web server, ends sessions the same way the server does.
 */
@Repository
public class JdbcUserSessions implements UserSessions {

    private final JdbcClient jdbc;

    public JdbcUserSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void endSessions(Username username, String exceptSessionId) {
        // The attributes go with their session: the foreign key cascades.
        jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ? AND SESSION_ID <> ?")
                .params(username.key(), exceptSessionId == null ? "" : exceptSessionId)
                .update();
    }
}
