package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.audit.SecurityEventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code symbolon user create NAME}. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a user.")
class UserCreateCommand extends AccountCommand {

    @Parameters(paramLabel = "NAME", description = "The username.")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "user", description = "admin or user (default user).")
    String role;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "E-mail address.")
    String email;

    @Option(names = "--display-name", paramLabel = "TEXT", description = "The name shown to people.")
    String displayName;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordFromStdin;

    @Override
    void checkArguments() {
        // Each constructor refuses what it cannot accept, before the password is asked for.
        username(name);
        RoleArgument.parse(role, spec.commandLine());
        new DisplayName(displayName);
        if (email != null) {
            new EmailAddress(email);
        }
    }

    @Override
    int run(AccountAdministration accounts, PrintWriter out) {
        NewUserRequest request = new NewUserRequest(
                username(name),
                new DisplayName(displayName),
                Optional.ofNullable(email).map(EmailAddress::new),
                RoleArgument.parse(role, spec.commandLine()),
                PasswordInput.read(passwordFromStdin, spec.commandLine()));
        return report(accounts.create(request), "Created " + request.role().name().toLowerCase(java.util.Locale.ROOT)
                + " " + request.username() + ".", SecurityEventType.USER_CREATED, "role " + request.role());
    }
}
