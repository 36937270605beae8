package org.symbolon.server.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUser;
import org.symbolon.core.account.PasswordRecord;
import org.symbolon.core.account.ProfileChange;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserPage;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.account.Username;

/** {@link UserStore} on the {@code users} table; each look-up by name reads the unique index on username_key. */
@Repository
public class JdbcUserStore implements UserStore {

    private static final String COLUMNS = "id, username, display_name, email, role, state, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcUserStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username_key = ?")
                .param(username.key())
                .query((rs, n) -> account(rs, ""))
                .optional();
    }

    @Override
    public Optional<PasswordRecord> findPasswordRecord(Username username) {
        // One round trip for the whole password step, the second-factor question included.
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash, EXISTS (SELECT 1 FROM totp_credentials t"
                        + " WHERE t.user_id = users.id AND t.state = 'ACTIVE') AS has_second_factor"
                        + " FROM users WHERE username_key = ?")
                .param(username.key())
                .query((rs, n) -> new PasswordRecord(account(rs, ""), rs.getString("password_hash"),
                        rs.getBoolean("has_second_factor")))
                .optional();
    }

    @Override
    public Optional<UserAccount> create(NewUser user) {
        try {
            return Optional.of(insert(user));
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional
    public Optional<UserAccount> createFirst(NewUser user) {
        if (!isEmpty()) {
            return Optional.empty();
        }
        try {
            jdbc.sql("INSERT INTO setup_claim (id, claimed_at) VALUES (1, ?)").param(timestamp(user.createdAt())).update();
        } catch (DuplicateKeyException alreadyClaimed) {
            return Optional.empty();
        }
        return Optional.of(insert(user));
    }

    private UserAccount insert(NewUser user) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO users (username, username_key, display_name, email, role, state, password_hash,
                                   created_at, password_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.username().value(), user.username().key(), user.displayName().value(),
                        user.email().map(EmailAddress::value).orElse(null), user.role().name(),
                        AccountState.ACTIVE.name(), user.passwordHash(),
                        timestamp(user.createdAt()), timestamp(user.createdAt()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        // As read back later: both databases keep microseconds.
        return new UserAccount(id, user.username(), user.displayName(), user.email(), user.role(),
                AccountState.ACTIVE, user.createdAt().truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public boolean updatePasswordHash(long userId, String passwordHash) {
        return jdbc.sql("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?")
                .params(passwordHash, timestamp(clock.instant()), userId)
                .update() == 1;
    }

    @Override
    public boolean updateProfile(long userId, ProfileChange change) {
        return jdbc.sql("UPDATE users SET display_name = ?, email = ? WHERE id = ?")
                .params(change.displayName().value(), change.email().map(EmailAddress::value).orElse(null), userId)
                .update() == 1;
    }

    @Override
    public boolean updateRole(long userId, Role role) {
        return jdbc.sql("UPDATE users SET role = ? WHERE id = ?").params(role.name(), userId).update() == 1;
    }

    @Override
    public boolean updateState(long userId, AccountState state) {
        return jdbc.sql("UPDATE users SET state = ? WHERE id = ?").params(state.name(), userId).update() == 1;
    }

    @Override
    public UserPage search(String query, int page, int size) {
        // A contains-search cannot use a B-tree index; it scans users, which stays fast up to
        // hundreds of thousands of accounts (docs/performance.md).
        String pattern = "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%";
        String where = " WHERE username_key LIKE :p ESCAPE '\\' OR LOWER(display_name) LIKE :p ESCAPE '\\'"
                + " OR LOWER(email) LIKE :p ESCAPE '\\'";
        long total = jdbc.sql("SELECT COUNT(*) FROM users" + where).param("p", pattern).query(Long.class).single();
        List<UserAccount> users = jdbc.sql("SELECT " + COLUMNS + " FROM users" + where
                        + " ORDER BY username_key LIMIT :limit OFFSET :offset")
                .param("p", pattern)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> account(rs, ""))
                .list();
        return new UserPage(users, page, size, total);
    }

    @Override
    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM users)").query(Boolean.class).single();
    }

    @Override
    public long countActiveAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND state = 'ACTIVE'")
                .query(Long.class).single();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The account in a row whose user columns carry the given prefix (for joins). */
    static UserAccount account(ResultSet rs, String prefix) throws SQLException {
        String email = rs.getString(prefix + "email");
        return new UserAccount(
                rs.getLong(prefix + "id"),
                new Username(rs.getString(prefix + "username")),
                new DisplayName(rs.getString(prefix + "display_name")),
                email == null ? Optional.empty() : Optional.of(new EmailAddress(email)),
                Role.valueOf(rs.getString(prefix + "role")),
                AccountState.valueOf(rs.getString(prefix + "state")),
                rs.getObject(prefix + "created_at", OffsetDateTime.class).toInstant());
    }
}
