package org.symbolon.server.cli;

import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import picocli.CommandLine.Command;

/** {@code symbolon user unlock NAME}: clears the failed second-factor attempts and the lock. */
@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = "Clear a user's failed second-factor attempts and unlock the second step.")
class UserUnlockCommand extends SupportCommand {

    @Override
    int run(TwoFactorSupport support, UserSecurityOverview before) {
        var attempts = before.attempts();
        String was = attempts.locked() ? "it was locked after " + attempts.consecutiveFailures() + " failed attempts"
                : "it was not locked; " + UserResetTwoFactorCommand.count(attempts.consecutiveFailures(), "failed attempt")
                        + " cleared";
        return report(support.unlock(before.account().username(), SecurityEvent.CONSOLE, ClientInfo.CONSOLE),
                "Unlocked the second step of " + username(before) + " (" + was + ").");
    }
}
