package org.symbolon.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.symbolon.core.account.Username;
import org.symbolon.core.group.UserGroup;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON shapes of the group endpoints. */
final class AdminGroupsApiViews {

    private AdminGroupsApiViews() {
    }

    /** @param requiresTwoFactor false when left out */
    record NewGroupBody(String name, @JsonDeserialize(using = StrictJsonValues.TrueOrFalse.class) Boolean requiresTwoFactor) {
    }

    /** @param requiresTwoFactor left out (or null): stays as it is */
    record GroupPatch(@JsonDeserialize(using = StrictJsonValues.TrueOrFalse.class) Boolean requiresTwoFactor) {
    }

    /** @param members the members' usernames, in order; only where one group is shown */
    record GroupView(String name, boolean requiresTwoFactor, Instant createdAt, int memberCount,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> members) {

        static GroupView of(UserGroup group) {
            return new GroupView(group.name().value(), group.requiresTwoFactor(), group.createdAt(), group.memberCount(), null);
        }

        static GroupView of(UserGroup group, List<Username> members) {
            return new GroupView(group.name().value(), group.requiresTwoFactor(), group.createdAt(), members.size(),
                    members.stream().map(Username::value).toList());
        }
    }

    record GroupListView(List<GroupView> groups) {

        static GroupListView of(List<UserGroup> groups) {
            return new GroupListView(groups.stream().map(GroupView::of).toList());
        }
    }
}
