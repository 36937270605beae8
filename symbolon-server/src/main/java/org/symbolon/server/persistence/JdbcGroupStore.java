package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.account.Username;
import org.symbolon.core.group.GroupName;
import org.symbolon.core.group.GroupStore;
import org.symbolon.core.group.UserGroup;

/** {@link GroupStore} on {@code user_groups} and {@code group_members}. */
@Repository
public class JdbcGroupStore implements GroupStore {

    private static final String SELECT = """
            SELECT g.id, g.name, g.requires_two_factor, g.created_at,
                (SELECT COUNT(*) FROM group_members c WHERE c.group_id = g.id) AS member_count
            FROM user_groups g""";

    private final JdbcClient jdbc;

    public JdbcGroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserGroup> create(GroupName name, boolean requiresTwoFactor, Instant now) {
        try {
            jdbc.sql("INSERT INTO user_groups (name, name_key, requires_two_factor, created_at) VALUES (?, ?, ?, ?)")
                    .params(name.value(), name.key(), requiresTwoFactor, timestamp(now))
                    .update();
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
        return find(name);
    }

    @Override
    public Optional<UserGroup> find(GroupName name) {
        return jdbc.sql(SELECT + " WHERE g.name_key = ?").param(name.key()).query((rs, n) -> group(rs)).optional();
    }

    @Override
    public List<UserGroup> list() {
        return jdbc.sql(SELECT + " ORDER BY g.name_key").query((rs, n) -> group(rs)).list();
    }

    @Override
    public boolean delete(long groupId) {
        // The memberships go with it (ON DELETE CASCADE).
        return jdbc.sql("DELETE FROM user_groups WHERE id = ?").param(groupId).update() == 1;
    }

    @Override
    public boolean updateRequiresTwoFactor(long groupId, boolean requiresTwoFactor) {
        return jdbc.sql("UPDATE user_groups SET requires_two_factor = ? WHERE id = ?")
                .params(requiresTwoFactor, groupId)
                .update() == 1;
    }

    @Override
    public boolean addMember(long groupId, long userId, Instant now) {
        try {
            return jdbc.sql("INSERT INTO group_members (group_id, user_id, added_at) VALUES (?, ?, ?)")
                    .params(groupId, userId, timestamp(now))
                    .update() == 1;
        } catch (DuplicateKeyException member) {
            return false;
        }
    }

    @Override
    public boolean removeMember(long groupId, long userId) {
        return jdbc.sql("DELETE FROM group_members WHERE group_id = ? AND user_id = ?")
                .params(groupId, userId)
                .update() == 1;
    }

    @Override
    public List<UserGroup> groupsOf(long userId) {
        return jdbc.sql(SELECT + " JOIN group_members m ON m.group_id = g.id WHERE m.user_id = ? ORDER BY g.name_key")
                .param(userId)
                .query((rs, n) -> group(rs))
                .list();
    }

    @Override
    public List<Username> members(long groupId) {
        return jdbc.sql("""
                SELECT u.username FROM group_members m JOIN users u ON u.id = m.user_id
                WHERE m.group_id = ? ORDER BY u.username_key""")
                .param(groupId)
                .query((rs, n) -> new Username(rs.getString(1)))
                .list();
    }

    private static UserGroup group(ResultSet rs) throws SQLException {
        return new UserGroup(rs.getLong("id"), new GroupName(rs.getString("name")), rs.getBoolean("requires_two_factor"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("member_count"));
    }
}
