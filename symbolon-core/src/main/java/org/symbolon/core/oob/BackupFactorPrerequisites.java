package org.symbolon.core.oob;

import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.password.CurrentPassword;
import org.symbolon.core.password.PasswordHasher;

/**
 * What adding an e-mail or SMS factor asks first: the password, and an authenticator app, a
 * hardware token or a security key for the codes to back up. Both read-only.
 */
public final class BackupFactorPrerequisites {

    private final UserStore users;
    private final PasswordHasher passwordHasher;
    private final SecondStepStore contexts;

    public BackupFactorPrerequisites(UserStore users, PasswordHasher passwordHasher, SecondStepStore contexts) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.contexts = contexts;
    }

    /** False for a wrong password or an account that is gone. */
    public boolean passwordMatches(UserAccount user, String password) {
        return users.findPasswordRecord(user.username())
                .map(record -> CurrentPassword.matches(passwordHasher, password, record.passwordHash()))
                .orElse(false);
    }

    /** An authenticator app, a hardware token or a security key, as stored now. */
    public boolean hasPrimaryFactor(UserAccount user) {
        return contexts.load(user.id())
                .map(context -> !context.authenticators().isEmpty() || !context.tokens().isEmpty()
                        || context.securityKeys() > 0)
                .orElse(false);
    }
}
