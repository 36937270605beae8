package org.symbolon.server.cli;

import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.group.GroupAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code symbolon group create NAME [--require-2fa]}. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a group.")
class GroupCreateCommand extends GroupAdministrationCommand {

    @Parameters(paramLabel = "NAME", description = "The group's name: 1 to 64 characters, unique ignoring case.")
    String name;

    @Option(names = "--require-2fa", description = "Members must use a second factor (when the policy is REQUIRED_FOR_GROUPS).")
    boolean requireTwoFactor;

    @Override
    void checkArguments() {
        groupName(name);
    }

    @Override
    int run(GroupAdministration groups) {
        return report(groups.create(groupName(name), requireTwoFactor, SecurityEvent.CONSOLE, ClientInfo.CONSOLE),
                group -> "Created group " + group.name()
                        + (requireTwoFactor ? ", whose members must use a second factor." : "."));
    }
}
