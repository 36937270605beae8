package org.symbolon.server.cli;

import java.util.Optional;
import org.symbolon.core.account.Username;
import org.symbolon.core.group.GroupAdministration;
import org.symbolon.core.group.UserGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symbolon group show GROUP}: the group and its members. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a group and its members.")
class GroupShowCommand extends GroupAdministrationCommand {

    @Parameters(paramLabel = "GROUP", description = "The group's name.")
    String name;

    @Override
    void checkArguments() {
        groupName(name);
    }

    @Override
    int run(GroupAdministration groups) {
        Optional<UserGroup> found = groups.find(groupName(name));
        if (found.isEmpty()) {
            return noSuchGroup();
        }
        UserGroup group = found.get();
        out().println("Group:            " + group.name());
        out().println("Requires 2FA:     " + (group.requiresTwoFactor() ? "yes (when the policy is REQUIRED_FOR_GROUPS)" : "no"));
        out().println("Created:          " + JsonOutput.time(group.createdAt()));
        out().println("Members:          " + group.memberCount());
        for (Username member : groups.members(group)) {
            out().println("  " + member);
        }
        return ExitCodes.OK;
    }
}
