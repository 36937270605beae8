package org.symbolon.server.cli;

import java.io.PrintWriter;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.audit.SecurityEventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code symbolon user reset-password NAME}. */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Set a new password for a user and end the user's sessions.")
class UserResetPasswordCommand extends AccountCommand {

    @Parameters(paramLabel = "NAME", description = "The username.")
    String name;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordFromStdin;

    @Override
    void checkArguments() {
        username(name);
    }

    @Override
    int run(AccountAdministration accounts, PrintWriter out) {
        var username = username(name);
        if (accounts.find(username).isEmpty()) {
            return noSuchUser();
        }
        String password = PasswordInput.read(passwordFromStdin, spec.commandLine());
        return report(accounts.resetPassword(username, password),
                "Set a new password for " + name + "; they choose their own at the next sign-in.",
                SecurityEventType.PASSWORD_RESET, "");
    }
}
