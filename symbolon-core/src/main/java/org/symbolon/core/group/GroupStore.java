package org.symbolon.core.group;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.symbolon.core.account.Username;

/** Where groups and their members are kept. Look-ups by name use {@link GroupName#key()}. */
public interface GroupStore {

    /** Creates the group; empty when the name is taken (in any case). */
    Optional<UserGroup> create(GroupName name, boolean requiresTwoFactor, Instant now);

    /** The group with this name, or empty. Read-only. */
    Optional<UserGroup> find(GroupName name);

    /** Every group, by name. Read-only. */
    List<UserGroup> list();

    /** Deletes the group and its memberships; false when there was none. */
    boolean delete(long groupId);

    /** Sets whether members must use a second factor; false when the group is gone. */
    boolean updateRequiresTwoFactor(long groupId, boolean requiresTwoFactor);

    /** Adds the user; false when the user was a member already. */
    boolean addMember(long groupId, long userId, Instant now);

    /** Removes the user; false when the user was not a member. */
    boolean removeMember(long groupId, long userId);

    /** The user's groups, by name; empty when none. Read-only. */
    List<UserGroup> groupsOf(long userId);

    /** The members' usernames, in order. Read-only. */
    List<Username> members(long groupId);
}
