package org.symbolon.server.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.factor.CredentialState;
import org.symbolon.core.factor.SecondStepContext;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.factor.StoredHotpToken;
import org.symbolon.core.factor.StoredTotpCredential;
import org.symbolon.core.otp.OtpAlgorithm;

/**
 * The second step's context in one round trip: the user row (by primary key) joined with its
 * active authenticator apps and hardware tokens (each through its index on user id and state),
 * the count of its unused recovery codes, its e-mail and SMS factors, and the count and last use
 * of its security keys.
 */
@Repository
public class JdbcSecondStepStore implements SecondStepStore {

    private static final String USER_COLUMNS = "u.id AS u_id, u.username AS u_username, "
            + "u.display_name AS u_display_name, u.email AS u_email, u.role AS u_role, u.state AS u_state, "
            + "u.created_at AS u_created_at, u.second_factor_failures, u.second_factor_last_failure_at, "
            + "u.second_factor_locked";

    /**
     * The user's active apps and tokens as one row shape: a token's next counter in the column of an
     * app's last used step. Each branch names the user, so each reads its own (user_id, state) index.
     */
    private static final String FACTORS = """
            SELECT 'TOTP' AS kind, id, public_id, user_id, name, sealed_secret, algorithm, digits, period_seconds,
                state, offset_steps, last_used_step, created_at, last_used_at, expires_at
            FROM totp_credentials WHERE user_id = ? AND state = 'ACTIVE'
            UNION ALL
            SELECT 'HOTP' AS kind, id, public_id, user_id, name, sealed_secret, algorithm, digits, 0,
                state, 0, next_counter, created_at, last_used_at, expires_at
            FROM hotp_tokens WHERE user_id = ? AND state = 'ACTIVE'""";

    private final JdbcClient jdbc;

    public JdbcSecondStepStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SecondStepContext> load(long userId) {
        // The recovery-code count and the e-mail and SMS factors are scalar subqueries on primary keys, or
        // on a primary key's (user_id, ...) prefix.
        return jdbc.sql("SELECT " + USER_COLUMNS + ", (SELECT COUNT(*) FROM recovery_codes r"
                        + " WHERE r.user_id = u.id AND r.used_at IS NULL) AS recovery_codes_left,"
                        + " (SELECT COUNT(*) FROM email_factors e WHERE e.user_id = u.id) AS email_factors,"
                        + " (SELECT c.used_at FROM email_codes c WHERE c.user_id = u.id AND c.purpose = 'SIGN_IN')"
                        + " AS email_last_used_at,"
                        + " (SELECT COUNT(*) FROM sms_factors s WHERE s.user_id = u.id) AS sms_factors,"
                        + " (SELECT c.used_at FROM sms_codes c WHERE c.user_id = u.id AND c.purpose = 'SIGN_IN')"
                        + " AS sms_last_used_at,"
                        + " (SELECT COUNT(*) FROM security_keys k WHERE k.user_id = u.id) AS security_keys,"
                        + " (SELECT MAX(k.last_used_at) FROM security_keys k WHERE k.user_id = u.id)"
                        + " AS security_key_last_used_at, f.*"
                        + " FROM users u LEFT JOIN (" + FACTORS + ") f ON f.user_id = u.id"
                        + " WHERE u.id = ? ORDER BY f.kind DESC, f.id")
                .params(userId, userId, userId)
                .query(rs -> {
                    UserAccount user = null;
                    AttemptState attempts = null;
                    int recoveryCodesLeft = 0;
                    boolean emailFactor = false;
                    OffsetDateTime emailLastUsedAt = null;
                    boolean smsFactor = false;
                    OffsetDateTime smsLastUsedAt = null;
                    int securityKeys = 0;
                    OffsetDateTime securityKeyLastUsedAt = null;
                    List<StoredTotpCredential> authenticators = new ArrayList<>();
                    List<StoredHotpToken> tokens = new ArrayList<>();
                    while (rs.next()) {
                        if (user == null) {
                            user = JdbcUserStore.account(rs, "u_");
                            attempts = JdbcSecondFactorAttemptStore.state(rs);
                            recoveryCodesLeft = rs.getInt("recovery_codes_left");
                            emailFactor = rs.getInt("email_factors") > 0;
                            emailLastUsedAt = rs.getObject("email_last_used_at", OffsetDateTime.class);
                            smsFactor = rs.getInt("sms_factors") > 0;
                            smsLastUsedAt = rs.getObject("sms_last_used_at", OffsetDateTime.class);
                            securityKeys = rs.getInt("security_keys");
                            securityKeyLastUsedAt = rs.getObject("security_key_last_used_at", OffsetDateTime.class);
                        }
                        String kind = rs.getString("kind");
                        if ("TOTP".equals(kind)) {
                            authenticators.add(JdbcTotpCredentialStore.credential(rs));
                        } else if ("HOTP".equals(kind)) {
                            tokens.add(token(rs));
                        }
                    }
                    return user == null ? Optional.<SecondStepContext>empty()
                            : Optional.of(new SecondStepContext(user, attempts, List.copyOf(authenticators),
                                    List.copyOf(tokens), recoveryCodesLeft, emailFactor,
                                    instant(emailLastUsedAt), smsFactor, instant(smsLastUsedAt), securityKeys,
                                    instant(securityKeyLastUsedAt)));
                });
    }

    private static java.time.Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static StoredHotpToken token(ResultSet rs) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        OffsetDateTime lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        return new StoredHotpToken(rs.getLong("id"), rs.getString("public_id"), rs.getLong("user_id"),
                rs.getString("name"), rs.getBytes("sealed_secret"), OtpAlgorithm.valueOf(rs.getString("algorithm")),
                rs.getInt("digits"), CredentialState.valueOf(rs.getString("state")), rs.getLong("last_used_step"),
                created.toInstant(), lastUsed == null ? null : lastUsed.toInstant(), null);
    }
}
