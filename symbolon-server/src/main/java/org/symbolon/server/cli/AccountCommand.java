package org.symbolon.server.cli;

import java.io.PrintWriter;
import org.springframework.context.ApplicationContext;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.Username;
import org.symbolon.core.audit.SecurityEventType;

/** A console command on accounts: maps the outcome to an exit code and records the change. */
abstract class AccountCommand extends ConsoleCommand {

    private ConsoleAudit audit;

    @Override
    final int run(ApplicationContext context) {
        audit = ConsoleAudit.of(context);
        return run(context.getBean(AccountAdministration.class), out());
    }

    abstract int run(AccountAdministration accounts, PrintWriter out);

    /**
     * Prints what happened and returns the exit code for it; a change that was made is recorded
     * as a security event of the given type.
     */
    final int report(AccountOutcome outcome, String success, SecurityEventType event, String detail) {
        if (outcome instanceof AccountOutcome.PasswordRefused refused) {
            return fail(ExitCodes.REFUSED, CliMessages.describe(refused.verdict()));
        }
        if (outcome instanceof AccountOutcome.Refused refused) {
            return fail(refused.refusal() == AccountOutcome.Refusal.NOT_FOUND ? ExitCodes.NO_SUCH_USER : ExitCodes.REFUSED,
                    CliMessages.describe(refused.refusal()));
        }
        audit.record(event, ((AccountOutcome.Done) outcome).account(), detail);
        out().println(success);
        return ExitCodes.OK;
    }

    final int noSuchUser() {
        return fail(ExitCodes.NO_SUCH_USER, CliMessages.describe(AccountOutcome.Refusal.NOT_FOUND));
    }

    static Username username(String typed) {
        return Username.parse(typed);
    }
}
