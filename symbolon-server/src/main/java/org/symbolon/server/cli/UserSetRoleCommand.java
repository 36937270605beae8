package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.SecurityEventType;
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

    private Role newRole;

    @Override
    void checkArguments() {
        newRole = RoleArgument.parse(role, commandLine());
        username(name);
    }

    @Override
    int run(AccountAdministration accounts, PrintWriter out) {
        Optional<UserAccount> before = accounts.find(username(name));
        String roleName = newRole.name().toLowerCase(Locale.ROOT);
        if (before.isEmpty()) {
            return noSuchUser();
        }
        if (before.get().role() == newRole) {
            out.println(name + " is " + roleName + " already.");
            return ExitCodes.OK;
        }
        return report(accounts.changeRole(username(name), newRole), name + " is now " + roleName + ".",
                SecurityEventType.ROLE_CHANGED, "role " + newRole);
    }
}
