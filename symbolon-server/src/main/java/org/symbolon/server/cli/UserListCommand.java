package org.symbolon.server.cli;

import java.io.PrintWriter;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code symbolon user list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List users, optionally those matching a search.")
class UserListCommand extends AccountCommand {

    private static final int PAGE_SIZE = 100;

    @Option(names = "--query", paramLabel = "TEXT", defaultValue = "", description = "Part of a username, display name or e-mail.")
    String query;

    @Override
    int run(AccountAdministration accounts, PrintWriter out) {
        out.printf("%-32s %-6s %-9s %s%n", "USERNAME", "ROLE", "STATE", "EMAIL");
        UserPage page;
        int number = 0;
        do {
            page = accounts.search(query, number++, PAGE_SIZE);
            for (UserAccount user : page.users()) {
                out.printf("%-32s %-6s %-9s %s%n", user.username(), user.role(), user.state(),
                        user.email().map(Object::toString).orElse(""));
            }
        } while (page.hasNext());
        return ExitCodes.OK;
    }
}
