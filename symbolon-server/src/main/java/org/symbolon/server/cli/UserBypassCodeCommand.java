package org.symbolon.server.cli;

import java.time.temporal.ChronoUnit;
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.factor.TotpSecrets;
import org.symbolon.core.secret.SecretSealer;
import org.symbolon.server.config.SymbolonProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code symbolon user bypass-code NAME --hours H}: a one-time code for a user who lost every
 * factor. It is printed here once; the database keeps only its keyed hash, under the keyset of
 * the data directory, which must therefore be the server's.
 */
@Command(name = "bypass-code", mixinStandardHelpOptions = true,
        description = "Issue a one-time code that passes a user's second step once, within H hours (1 to 24). "
                + "It replaces an earlier one and is shown only now.")
class UserBypassCodeCommand extends SupportCommand {

    // A string, not an int: "abc" gets the same one-line message as 0 or 25, not picocli's usage text.
    @Option(names = "--hours", paramLabel = "H", required = true, description = "How long it is valid: 1 to 24 hours.")
    String hours;

    private int validHours;

    @Override
    void checkArguments() {
        super.checkArguments();
        // ASCII digits only: Integer.parseInt would also take "+3" and Arabic-Indic digits.
        String typed = hours.strip();
        validHours = typed.matches("[0-9]{1,2}") ? Integer.parseInt(typed) : 0;
        if (validHours < TwoFactorSupport.MIN_BYPASS_HOURS || validHours > TwoFactorSupport.MAX_BYPASS_HOURS) {
            throw badValue(CliMessages.describe(SupportOutcome.Refusal.HOURS_OUT_OF_RANGE));
        }
    }

    @Override
    int run(TwoFactorSupport support, UserSecurityOverview before) {
        String username = username(before);
        if (!serverKeysetOpens(before)) {
            return fail(ExitCodes.REFUSED, "the keyset this command read ("
                    + context.getBean(SymbolonProperties.class).keysetPath().toAbsolutePath()
                    + ") is not the server's: it cannot open " + username + "'s authenticator key, and the server would"
                    + " refuse a code made with it. Run the command with the server's --data or SYMBOLON_KEYSET_FILE.");
        }
        SupportOutcome outcome = support.issueBypassCode(before.account().username(), validHours,
                SecurityEvent.CONSOLE, ClientInfo.CONSOLE);
        if (!(outcome instanceof SupportOutcome.BypassIssued issued)) {
            return report(outcome);
        }
        out().println("One-time bypass code for " + username + ", valid once until "
                + issued.expiresAt().truncatedTo(ChronoUnit.SECONDS) + " (" + validHours + " h):");
        out().println();
        out().println("    " + issued.code());
        out().println();
        out().println("It is not shown again. Give it to " + username + " by a way you trust; it replaces any earlier one.");
        if (!before.hasSecondFactor()) {
            out().println("Note: " + username + " has no authenticator, so the password alone signs in; the code is"
                    + " needed only once one is enrolled.");
        }
        return ExitCodes.OK;
    }

    /**
     * Whether this command's keyset is the server's, as far as can be told: it opens one of the
     * user's stored authenticator keys (a user without any cannot tell). A console on another
     * machine, or with another data directory, would otherwise create a keyset of its own and
     * issue a code that the server silently refuses.
     */
    private boolean serverKeysetOpens(UserSecurityOverview user) {
        if (user.authenticators().isEmpty()) {
            return true;
        }
        try {
            new TotpSecrets(context.getBean(SecretSealer.class)).open(user.authenticators().get(0));
            return true;
        } catch (IllegalStateException otherKey) {
            return false;
        }
    }
}
