package org.symbolon.server.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.factor.SecondStepContext;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.factor.StoredTotpCredential;

/**
 * The second step's context in one round trip: the user row (by primary key) joined with its
 * active authenticators (through the index on user id and state).
 */
@Repository
public class JdbcSecondStepStore implements SecondStepStore {

    private static final String USER_COLUMNS = "u.id AS u_id, u.username AS u_username, "
            + "u.display_name AS u_display_name, u.email AS u_email, u.role AS u_role, u.state AS u_state, "
            + "u.created_at AS u_created_at, u.second_factor_failures, u.second_factor_last_failure_at, "
            + "u.second_factor_locked";

    private static final String CREDENTIAL_COLUMNS = "t." + JdbcTotpCredentialStore.COLUMNS.replace(", ", ", t.");

    private final JdbcClient jdbc;

    public JdbcSecondStepStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SecondStepContext> load(long userId) {
        return jdbc.sql("SELECT " + USER_COLUMNS + ", " + CREDENTIAL_COLUMNS
                        + " FROM users u LEFT JOIN totp_credentials t ON t.user_id = u.id AND t.state = 'ACTIVE'"
                        + " WHERE u.id = ? ORDER BY t.id")
                .param(userId)
                .query(rs -> {
                    UserAccount user = null;
                    AttemptState attempts = null;
                    List<StoredTotpCredential> authenticators = new ArrayList<>();
                    while (rs.next()) {
                        if (user == null) {
                            user = JdbcUserStore.account(rs, "u_");
                            attempts = JdbcSecondFactorAttemptStore.state(rs);
                        }
                        if (rs.getString("public_id") != null) {
                            authenticators.add(JdbcTotpCredentialStore.credential(rs));
                        }
                    }
                    return user == null ? Optional.<SecondStepContext>empty()
                            : Optional.of(new SecondStepContext(user, attempts, List.copyOf(authenticators)));
                });
    }
}
