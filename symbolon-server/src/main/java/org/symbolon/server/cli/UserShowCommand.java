package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symbolon user show NAME}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one user.")
class UserShowCommand extends AccountCommand {

    @Parameters(paramLabel = "NAME", description = "The username.")
    String name;

    @Override
    int run(AccountAdministration accounts, PrintWriter out) {
        Optional<UserAccount> found = accounts.find(username(name));
        if (found.isEmpty()) {
            return noSuchUser();
        }
        UserAccount user = found.get();
        out.println("Username:     " + user.username());
        out.println("Display name: " + user.displayName());
        out.println("E-mail:       " + user.email().map(Object::toString).orElse(""));
        out.println("Role:         " + user.role());
        out.println("State:        " + user.state());
        out.println("Created:      " + user.createdAt());
        return ExitCodes.OK;
    }
}
