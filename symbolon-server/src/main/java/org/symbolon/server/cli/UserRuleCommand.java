package org.symbolon.server.cli;

import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.policy.TwoFactorRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code symbolon user require-2fa|exempt NAME [--off]}: the per-user rule over the instance policy. */
abstract class UserRuleCommand extends SupportCommand {

    @Option(names = "--off", description = "Undo it: the instance policy decides again.")
    boolean off;

    /** The rule this command sets, and that {@code --off} takes back. */
    abstract TwoFactorRule rule();

    abstract String describeSet(String username);

    @Override
    int run(TwoFactorSupport support, UserSecurityOverview before) {
        String username = username(before);
        if (off && before.rule() != rule()) {
            // Taking back what was never set must not undo another rule (an exemption by require-2fa --off).
            out().println("Nothing to undo: the rule of " + username + " is " + before.rule() + ", not " + rule() + ".");
            return ExitCodes.OK;
        }
        TwoFactorRule target = off ? TwoFactorRule.POLICY : rule();
        SupportOutcome outcome = support.setRule(before.account().username(), target, SecurityEvent.CONSOLE,
                ClientInfo.CONSOLE);
        if (outcome instanceof SupportOutcome.Refused) {
            return report(outcome);
        }
        boolean required = support.overview(before.account().username()).map(UserSecurityOverview::required).orElse(false);
        String now = required ? "a second factor is required of " + username + "."
                : "no second factor is required of " + username + ".";
        String first = off ? username + " follows the instance policy again: " + now : describeSet(username);
        String enrollment = required && !before.hasSecondFactor()
                ? username + " has none yet and will enroll one at the next sign-in." : "";
        return enrollment.isEmpty() ? report(outcome, first) : report(outcome, first, enrollment);
    }

    @Command(name = "require-2fa", mixinStandardHelpOptions = true,
            description = "Require a second factor of a user, whatever the instance policy says.")
    static class RequireTwoFactor extends UserRuleCommand {
        @Override
        TwoFactorRule rule() {
            return TwoFactorRule.REQUIRED;
        }

        @Override
        String describeSet(String username) {
            return username + " must use a second factor now, whatever the instance policy says.";
        }
    }

    @Command(name = "exempt", mixinStandardHelpOptions = true,
            description = "Exempt a user (e.g. a service account) from the second factor, whatever the policy says.")
    static class Exempt extends UserRuleCommand {
        @Override
        TwoFactorRule rule() {
            return TwoFactorRule.EXEMPT;
        }

        @Override
        String describeSet(String username) {
            return username + " is EXEMPT now: no second factor is required, whatever the instance policy says.";
        }
    }
}
