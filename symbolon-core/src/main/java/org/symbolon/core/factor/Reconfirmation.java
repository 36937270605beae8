package org.symbolon.core.factor;

import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.password.CurrentPassword;
import org.symbolon.core.password.PasswordHasher;

/**
 * A signed-in administrator proving again that they are at the keyboard, before acting on
 * another user: with a second factor, under the same attempt limit as the sign-in, or with the
 * password when they have none (the policy may exempt them, or give them a grace period).
 */
public final class Reconfirmation {

    private final UserStore users;
    private final PasswordHasher hasher;
    private final TotpCredentialStore credentials;
    private final HotpTokenStore tokens;
    private final SecondFactorVerification verification;

    public Reconfirmation(UserStore users, PasswordHasher hasher, TotpCredentialStore credentials, HotpTokenStore tokens,
            SecondFactorVerification verification) {
        this.tokens = tokens;
        this.users = users;
        this.hasher = hasher;
        this.credentials = credentials;
        this.verification = verification;
    }

    /** Whether the user confirms with a second factor; otherwise with the password. Read-only. */
    public boolean usesSecondFactor(UserAccount user) {
        return credentials.countActive(user.id()) > 0 || tokens.countActive(user.id()) > 0;
    }

    /**
     * @param method how the user confirms; null for the password, which only a user without a
     *     second factor may use. A bypass code never confirms: it is for signing in once.
     * @return {@link SecondFactorOutcome.Verified} (its method null for the password), or a refusal
     */
    public SecondFactorOutcome confirm(UserAccount user, SecondFactorMethod method, String typed, ClientInfo client) {
        boolean secondFactor = usesSecondFactor(user);
        if (method == SecondFactorMethod.BYPASS_CODE || secondFactor != (method != null)) {
            return new SecondFactorOutcome.Rejected("WRONG_METHOD");
        }
        if (secondFactor && method != SecondFactorMethod.RECOVERY_CODE) {
            // An app's or a token's code: whichever the administrator has at hand.
            return verification.verifyAnyCode(user, typed, client);
        }
        if (secondFactor) {
            return verification.verify(user, method, typed, client);
        }
        boolean matches = users.findPasswordRecord(user.username())
                .map(record -> CurrentPassword.matches(hasher, typed, record.passwordHash()))
                .orElse(false);
        return matches ? new SecondFactorOutcome.Verified(user, null, -1) : new SecondFactorOutcome.Rejected("WRONG_PASSWORD");
    }
}
