package org.symbolon.server.cli;

import java.io.PrintWriter;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symbolon user disable|enable NAME}. */
abstract class UserStateCommand extends AccountCommand {

    @Parameters(paramLabel = "NAME", description = "The username.")
    String name;

    abstract AccountState target();

    @Override
    int run(AccountAdministration accounts, PrintWriter out) {
        String verb = target() == AccountState.DISABLED ? "Disabled " : "Enabled ";
        return report(accounts.changeState(username(name), target()), verb + name + ".");
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a user: no sign-in, and every session ends at once.")
    static class Disable extends UserStateCommand {
        @Override
        AccountState target() {
            return AccountState.DISABLED;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled user.")
    static class Enable extends UserStateCommand {
        @Override
        AccountState target() {
            return AccountState.ACTIVE;
        }
    }
}
