package org.symbolon.server.cli;

import picocli.CommandLine.Command;

/** {@code symbolon group ...}: groups of users, which the policy REQUIRED_FOR_GROUPS can name. */
@Command(
        name = "group",
        mixinStandardHelpOptions = true,
        description = "Manage groups of users.",
        subcommands = {
            GroupListCommand.class,
            GroupShowCommand.class,
            GroupCreateCommand.class,
            GroupDeleteCommand.class,
            GroupMemberCommand.Add.class,
            GroupMemberCommand.Remove.class,
            GroupRequireTwoFactorCommand.class})
public class GroupCommand {
}
