package org.symbolon.server.cli;

import org.symbolon.core.account.Username;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.group.GroupAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symbolon group add|remove GROUP USER}. */
abstract class GroupMemberCommand extends GroupAdministrationCommand {

    @Parameters(index = "0", paramLabel = "GROUP", description = "The group's name.")
    String group;

    @Parameters(index = "1", paramLabel = "USER", description = "The username.")
    String user;

    @Override
    void checkArguments() {
        groupName(group);
        Username.parse(user);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Put a user in a group.")
    static class Add extends GroupMemberCommand {
        @Override
        int run(GroupAdministration groups) {
            return report(groups.addMember(groupName(group), Username.parse(user), SecurityEvent.CONSOLE, ClientInfo.CONSOLE),
                    changed -> "Added " + Username.parse(user) + " to " + changed.name() + ".");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take a user out of a group.")
    static class Remove extends GroupMemberCommand {
        @Override
        int run(GroupAdministration groups) {
            return report(groups.removeMember(groupName(group), Username.parse(user), SecurityEvent.CONSOLE, ClientInfo.CONSOLE),
                    changed -> "Removed " + Username.parse(user) + " from " + changed.name() + ".");
        }
    }
}
