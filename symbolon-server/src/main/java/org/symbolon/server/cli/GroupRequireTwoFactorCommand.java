package org.symbolon.server.cli;

import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.group.GroupAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code symbolon group require-2fa GROUP [--off]}: marks whether members must use a second factor. */
@Command(name = "require-2fa", mixinStandardHelpOptions = true,
        description = "Mark a group whose members must use a second factor when the policy is REQUIRED_FOR_GROUPS.")
class GroupRequireTwoFactorCommand extends GroupAdministrationCommand {

    @Parameters(paramLabel = "GROUP", description = "The group's name.")
    String name;

    @Option(names = "--off", description = "Take the mark off.")
    boolean off;

    @Override
    void checkArguments() {
        groupName(name);
    }

    @Override
    int run(GroupAdministration groups) {
        return report(groups.requireTwoFactor(groupName(name), !off, SecurityEvent.CONSOLE, ClientInfo.CONSOLE),
                group -> off ? "Members of " + group.name() + " no longer need a second factor for being in it."
                        : "Members of " + group.name() + " must use a second factor when the policy is REQUIRED_FOR_GROUPS.");
    }
}
