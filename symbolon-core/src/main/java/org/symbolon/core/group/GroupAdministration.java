package org.symbolon.core.group;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.account.Username;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;

/** What administrators do to groups. Every change is a security event naming the actor. */
public final class GroupAdministration {

    private final GroupStore groups;
    private final UserStore users;
    private final SecurityEventLog events;
    private final Clock clock;

    public GroupAdministration(GroupStore groups, UserStore users, SecurityEventLog events, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public List<UserGroup> list() {
        return groups.list();
    }

    public Optional<UserGroup> find(GroupName name) {
        return groups.find(name);
    }

    public List<Username> members(UserGroup group) {
        return groups.members(group.id());
    }

    public List<UserGroup> groupsOf(UserAccount user) {
        return groups.groupsOf(user.id());
    }

    public GroupOutcome create(GroupName name, boolean requiresTwoFactor, String actor, ClientInfo client) {
        Instant now = clock.instant();
        Optional<UserGroup> created = groups.create(name, requiresTwoFactor, now);
        if (created.isEmpty()) {
            return refused(GroupOutcome.Refusal.NAME_TAKEN);
        }
        record(SecurityEventType.GROUP_CREATED, null, name, requiresTwoFactor ? "requires second factor" : "", actor, client);
        return new GroupOutcome.Done(created.get());
    }

    public GroupOutcome delete(GroupName name, String actor, ClientInfo client) {
        Optional<UserGroup> found = groups.find(name);
        if (found.isEmpty() || !groups.delete(found.get().id())) {
            return refused(GroupOutcome.Refusal.NO_SUCH_GROUP);
        }
        record(SecurityEventType.GROUP_DELETED, null, found.get().name(), "", actor, client);
        return new GroupOutcome.Done(found.get());
    }

    /** Marks whether members must use a second factor (when the policy is REQUIRED_FOR_GROUPS). */
    public GroupOutcome requireTwoFactor(GroupName name, boolean required, String actor, ClientInfo client) {
        Optional<UserGroup> found = groups.find(name);
        if (found.isEmpty() || !groups.updateRequiresTwoFactor(found.get().id(), required)) {
            return refused(GroupOutcome.Refusal.NO_SUCH_GROUP);
        }
        record(SecurityEventType.POLICY_CHANGED, null, found.get().name(),
                required ? "group requires second factor" : "group does not require second factor", actor, client);
        UserGroup group = found.get();
        return new GroupOutcome.Done(new UserGroup(group.id(), group.name(), required, group.createdAt(), group.memberCount()));
    }

    public GroupOutcome addMember(GroupName name, Username username, String actor, ClientInfo client) {
        return changeMember(name, username, true, actor, client);
    }

    public GroupOutcome removeMember(GroupName name, Username username, String actor, ClientInfo client) {
        return changeMember(name, username, false, actor, client);
    }

    private GroupOutcome changeMember(GroupName name, Username username, boolean add, String actor, ClientInfo client) {
        Optional<UserGroup> group = groups.find(name);
        if (group.isEmpty()) {
            return refused(GroupOutcome.Refusal.NO_SUCH_GROUP);
        }
        Optional<UserAccount> user = users.findByUsername(username);
        if (user.isEmpty()) {
            return refused(GroupOutcome.Refusal.NO_SUCH_USER);
        }
        Instant now = clock.instant();
        boolean changed = add ? groups.addMember(group.get().id(), user.get().id(), now)
                : groups.removeMember(group.get().id(), user.get().id());
        if (!changed) {
            return refused(add ? GroupOutcome.Refusal.ALREADY_MEMBER : GroupOutcome.Refusal.NOT_A_MEMBER);
        }
        record(add ? SecurityEventType.GROUP_MEMBER_ADDED : SecurityEventType.GROUP_MEMBER_REMOVED, user.get(),
                group.get().name(), "", actor, client);
        return new GroupOutcome.Done(group.get());
    }

    private void record(SecurityEventType type, UserAccount user, GroupName group, String more, String actor,
            ClientInfo client) {
        String detail = "group " + group.value() + (more.isEmpty() ? "" : ": " + more);
        events.record(new SecurityEvent(type, user == null ? null : user.id(),
                user == null ? null : user.username().value(), clock.instant(), client, detail, actor));
    }

    private static GroupOutcome refused(GroupOutcome.Refusal refusal) {
        return new GroupOutcome.Refused(refusal);
    }
}
