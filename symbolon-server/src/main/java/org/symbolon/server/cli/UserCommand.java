package org.symbolon.server.cli;

import picocli.CommandLine.Command;

/** {@code symbolon user ...}: manage accounts against the database, with or without a running server. */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manage user accounts.",
        subcommands = {
            UserCreateCommand.class,
            UserListCommand.class,
            UserShowCommand.class,
            UserStateCommand.Disable.class,
            UserStateCommand.Enable.class,
            UserResetPasswordCommand.class,
            UserSetRoleCommand.class,
            UserRuleCommand.RequireTwoFactor.class,
            UserRuleCommand.Exempt.class,
            UserResetTwoFactorCommand.class,
            UserUnlockCommand.class,
            UserBypassCodeCommand.class})
public class UserCommand {
}
