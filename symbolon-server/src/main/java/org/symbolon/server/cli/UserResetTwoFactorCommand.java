package org.symbolon.server.cli;

import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import picocli.CommandLine.Command;

/**
 * {@code symbolon user reset-2fa NAME}: for a user who lost their authenticator, and the way back
 * in for a locked-out administrator when no other administrator can help on the web.
 */
@Command(name = "reset-2fa", mixinStandardHelpOptions = true,
        description = "Remove a user's authenticators, recovery codes and bypass code, clear failed attempts and "
                + "end the user's sessions.")
class UserResetTwoFactorCommand extends SupportCommand {

    @Override
    int run(TwoFactorSupport support, UserSecurityOverview before) {
        String username = username(before);
        var outcome = support.resetTwoFactor(before.account().username(), SecurityEvent.CONSOLE, ClientInfo.CONSOLE);
        String next = before.required()
                ? username + " must enroll a new authenticator at the next sign-in."
                : username + " signs in with the password alone until enrolling a new authenticator.";
        return report(outcome,
                "Reset the second factor of " + username + ": removed " + count(before.authenticators().size(), "authenticator")
                        + (before.tokens().isEmpty() ? "" : ", " + count(before.tokens().size(), "hardware token"))
                        + (before.bypassCodeExpiresAt().isPresent() ? ", " : " and ")
                        + count(before.recoveryCodesLeft(), "unused recovery code")
                        + (before.bypassCodeExpiresAt().isPresent() ? " and the bypass code" : "")
                        + "; failed attempts cleared, sessions ended.",
                next);
    }

    static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
