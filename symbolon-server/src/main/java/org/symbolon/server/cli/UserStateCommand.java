package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.SecurityEventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symbolon user disable|enable NAME}. */
abstract class UserStateCommand extends AccountCommand {

    @Parameters(paramLabel = "NAME", description = "The username.")
    String name;

    abstract AccountState target();

    @Override
    void checkArguments() {
        username(name);
    }

    @Override
    int run(AccountAdministration accounts, PrintWriter out) {
        boolean disabling = target() == AccountState.DISABLED;
        Optional<UserAccount> before = accounts.find(username(name));
        if (before.isEmpty()) {
            return noSuchUser();
        }
        if (before.get().state() == target()) {
            out.println(name + " is " + (disabling ? "disabled" : "enabled") + " already.");
            return ExitCodes.OK;
        }
        return report(accounts.changeState(username(name), target()), (disabling ? "Disabled " : "Enabled ") + name + ".",
                disabling ? SecurityEventType.USER_DISABLED : SecurityEventType.USER_ENABLED, "");
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
