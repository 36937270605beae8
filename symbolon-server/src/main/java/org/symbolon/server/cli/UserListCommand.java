package org.symbolon.server.cli;

import java.io.PrintWriter;
import org.springframework.context.ApplicationContext;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserPage;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.policy.TwoFactorRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code symbolon user list}: every user, whether they have a second factor, and the exempt ones marked. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List users, optionally those matching a search.")
class UserListCommand extends ConsoleCommand {

    private static final int PAGE_SIZE = 100;
    private static final String ROW = "%-32s %-6s %-9s %-4s %-9s %s%n";

    @Option(names = "--query", paramLabel = "TEXT", defaultValue = "", description = "Part of a username, display name or e-mail.")
    String query;

    @Override
    int run(ApplicationContext context) {
        AccountAdministration accounts = context.getBean(AccountAdministration.class);
        TwoFactorSupport support = context.getBean(TwoFactorSupport.class);
        PrintWriter out = out();
        out.printf(ROW, "USERNAME", "ROLE", "STATE", "2FA", "2FA RULE", "EMAIL");
        UserPage page;
        int number = 0;
        do {
            page = accounts.search(query, number++, PAGE_SIZE);
            for (UserAccount user : page.users()) {
                // One overview per user: a few small reads each, fine for a console listing.
                UserSecurityOverview overview = support.overview(user.username()).orElse(null);
                String hasSecondFactor = overview == null ? "" : overview.hasSecondFactor() ? "yes" : "no";
                TwoFactorRule rule = overview == null ? TwoFactorRule.POLICY : overview.rule();
                out.printf(ROW, user.username(), user.role(), user.state(), hasSecondFactor,
                        rule == TwoFactorRule.POLICY ? "policy" : rule.name(), user.email().map(Object::toString).orElse(""));
            }
        } while (page.hasNext());
        return ExitCodes.OK;
    }
}
