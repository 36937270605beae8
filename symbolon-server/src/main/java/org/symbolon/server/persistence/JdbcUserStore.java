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
import org.symbolon.core.policy.TwoFactorRule;
import org.symbolon.core.policy.TwoFactorStanding;

/** {@link UserStore} on the {@code users} table; each look-up by name reads the unique index on username_key. */
@Repository
public class JdbcUserStore implements UserStore {

    private static final String COLUMNS = "id, username, display_name, email, role, state, created_at";

    /** One round trip for the whole password step: the second-factor and policy questions included. */
    private static final String PASSWORD_RECORD = "SELECT " + COLUMNS
            + ", password_hash, two_factor_rule, enrollment_grace_started_at, must_change_password,"
            + " " + FactorConditions.anyFactor("users.id") + " AS has_second_factor,"
            + " EXISTS (SELECT 1 FROM group_members m JOIN user_groups g ON g.id = m.group_id"
            + " WHERE m.user_id = users.id AND g.requires_two_factor) AS in_required_group"
            + " FROM users WHERE username_key = ?";

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
        return jdbc.sql(PASSWORD_RECORD)
                .param(username.key())
                .query((rs, n) -> passwordRecord(rs))
                .optional();
    }

    private static PasswordRecord passwordRecord(ResultSet rs) throws SQLException {
        UserAccount account = account(rs, "");
        OffsetDateTime graceStarted = rs.getObject("enrollment_grace_started_at", OffsetDateTime.class);
        TwoFactorStanding standing = new TwoFactorStanding(account.isAdmin(),
                TwoFactorRule.valueOf(rs.getString("two_factor_rule")), rs.getBoolean("in_required_group"),
                graceStarted == null ? null : graceStarted.toInstant());
        return new PasswordRecord(account, rs.getString("password_hash"), rs.getBoolean("has_second_factor"),
                standing, rs.getBoolean("must_change_password"));
    }

    @Override
    public boolean startEnrollmentGrace(long userId, Instant now) {
        return jdbc.sql("UPDATE users SET enrollment_grace_started_at = ? WHERE id = ? AND enrollment_grace_started_at IS NULL")
                .params(timestamp(now), userId)
                .update() == 1;
    }

    @Override
    public boolean updateMustChangePassword(long userId, boolean mustChange) {
        return jdbc.sql("UPDATE users SET must_change_password = ? WHERE id = ?").params(mustChange, userId).update() == 1;
    }

    @Override
    public Optional<TwoFactorRule> findTwoFactorRule(long userId) {
        return jdbc.sql("SELECT two_factor_rule FROM users WHERE id = ?")
                .param(userId)
                .query((rs, n) -> TwoFactorRule.valueOf(rs.getString(1)))
                .optional();
    }

    @Override
    public boolean updateTwoFactorRule(long userId, TwoFactorRule rule) {
        return jdbc.sql("UPDATE users SET two_factor_rule = ? WHERE id = ?").params(rule.name(), userId).update() == 1;
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
