package org.symbolon.server.cli;

import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.symbolon.core.account.Username;
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import picocli.CommandLine.Parameters;

/**
 * A console command that helps one user with their second factor through the core's
 * {@link TwoFactorSupport}, which records the security event with the actor {@code console}.
 */
abstract class SupportCommand extends ConsoleCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The username.")
    String name;

    @Override
    void checkArguments() {
        Username.parse(name);
    }

    /** The running context, for a command that needs more than {@link TwoFactorSupport}. */
    ApplicationContext context;

    @Override
    final int run(ApplicationContext context) {
        this.context = context;
        TwoFactorSupport support = context.getBean(TwoFactorSupport.class);
        Username username = Username.parse(name);
        Optional<UserSecurityOverview> before = support.overview(username);
        if (before.isEmpty()) {
            return fail(ExitCodes.NO_SUCH_USER, CliMessages.describe(SupportOutcome.Refusal.NO_SUCH_USER));
        }
        return run(support, before.get());
    }

    /** Runs on a user that exists, as {@code before} shows them. */
    abstract int run(TwoFactorSupport support, UserSecurityOverview before);

    /** Prints the success lines or the refusal, and returns the exit code for it. */
    final int report(SupportOutcome outcome, String... success) {
        if (outcome instanceof SupportOutcome.Refused refused) {
            int exitCode = switch (refused.refusal()) {
                case NO_SUCH_USER -> ExitCodes.NO_SUCH_USER;
                case LAST_ADMIN -> ExitCodes.REFUSED;
                case HOURS_OUT_OF_RANGE -> ExitCodes.USAGE;
            };
            return fail(exitCode, CliMessages.describe(refused.refusal()));
        }
        for (String line : success) {
            out().println(line);
        }
        return ExitCodes.OK;
    }

    static String username(UserSecurityOverview overview) {
        return overview.account().username().value();
    }
}
