package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.Username;
import org.symbolon.core.text.InputProblem;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A console command on accounts: starts the context, runs, and maps the outcome to an exit code. */
abstract class AccountCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (ConfigurableApplicationContext context = CliContext.start(settings, spec.commandLine())) {
            return run(context.getBean(AccountAdministration.class), spec.commandLine().getOut());
        } catch (InputProblem problem) {
            spec.commandLine().getErr().println("Error: " + CliMessages.describe(problem));
            return ExitCodes.USAGE;
        }
    }

    abstract int run(AccountAdministration accounts, PrintWriter out);

    /** Prints what happened and returns the exit code for it. */
    final int report(AccountOutcome outcome, String success) {
        PrintWriter err = spec.commandLine().getErr();
        if (outcome instanceof AccountOutcome.PasswordRefused refused) {
            err.println("Error: " + CliMessages.describe(refused.verdict()));
            return ExitCodes.REFUSED;
        }
        if (outcome instanceof AccountOutcome.Refused refused) {
            err.println("Error: " + CliMessages.describe(refused.refusal()));
            return refused.refusal() == AccountOutcome.Refusal.NOT_FOUND ? ExitCodes.NO_SUCH_USER : ExitCodes.REFUSED;
        }
        spec.commandLine().getOut().println(success);
        return ExitCodes.OK;
    }

    final int noSuchUser() {
        spec.commandLine().getErr().println("Error: " + CliMessages.describe(AccountOutcome.Refusal.NOT_FOUND));
        return ExitCodes.NO_SUCH_USER;
    }

    static Username username(String typed) {
        return Username.parse(typed);
    }
}
