package org.symbolon.server.cli;

import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.group.GroupAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symbolon group delete NAME}: the group goes; its members' accounts stay. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a group; its members' accounts stay.")
class GroupDeleteCommand extends GroupAdministrationCommand {

    @Parameters(paramLabel = "NAME", description = "The group's name.")
    String name;

    @Override
    void checkArguments() {
        groupName(name);
    }

    @Override
    int run(GroupAdministration groups) {
        return report(groups.delete(groupName(name), SecurityEvent.CONSOLE, ClientInfo.CONSOLE),
                group -> "Deleted group " + group.name() + ".");
    }
}
