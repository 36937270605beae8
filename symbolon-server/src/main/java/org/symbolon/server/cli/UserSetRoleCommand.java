package org.symbolon.server.cli;

import java.io.PrintWriter;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symbolon user set-role NAME ROLE}. */
@Command(name = "set-role", mixinStandardHelpOptions = true,
        description = "Make a user an administrator or a plain user; the user's sessions end.")
class UserSetRoleCommand extends AccountCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The username.")
    String name;

    @Parameters(index = "1", paramLabel = "ROLE", description = "admin or user.")
    String role;

    @Override
    int run(AccountAdministration accounts, PrintWriter out) {
        Role newRole = RoleArgument.parse(role, spec.commandLine());
        return report(accounts.changeRole(username(name), newRole), name + " is now " + newRole.name().toLowerCase(java.util.Locale.ROOT) + ".");
    }
}
