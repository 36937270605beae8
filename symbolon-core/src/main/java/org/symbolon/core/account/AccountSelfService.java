package org.symbolon.core.account;

import org.symbolon.core.password.CurrentPassword;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.core.password.PasswordVerdict;

/** What signed-in users do to their own account. */
public final class AccountSelfService {

    private final UserStore users;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final UserSessions sessions;

    public AccountSelfService(UserStore users, PasswordPolicy passwordPolicy, PasswordHasher hasher, UserSessions sessions) {
        this.users = users;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.sessions = sessions;
    }

    /** Changes how a user is shown and where mail goes; administrators use it for other users too. */
    public AccountOutcome changeProfile(Username username, ProfileChange change) {
        return users.findByUsername(username)
                .<AccountOutcome>map(account -> {
                    users.updateProfile(account.id(), change);
                    return new AccountOutcome.Done(users.findByUsername(username).orElse(account));
                })
                .orElse(new AccountOutcome.Refused(AccountOutcome.Refusal.NOT_FOUND));
    }

    /**
     * Changes the password after checking the current one (OWASP ASVS 6.2.3), then ends the
     * user's other sessions, which may belong to whoever knew the old password.
     */
    public AccountOutcome changePassword(Username username, String currentPassword, String newPassword, String currentSessionId) {
        var found = users.findPasswordRecord(username);
        if (found.isEmpty()) {
            return new AccountOutcome.Refused(AccountOutcome.Refusal.NOT_FOUND);
        }
        PasswordRecord record = found.get();
        if (!CurrentPassword.matches(hasher, currentPassword, record.passwordHash())) {
            return new AccountOutcome.Refused(AccountOutcome.Refusal.WRONG_CURRENT_PASSWORD);
        }
        UserAccount account = record.account();
        PasswordVerdict verdict = passwordPolicy.judge(newPassword, account.username().value(), account.role());
        if (verdict instanceof PasswordVerdict.Refused refused) {
            return new AccountOutcome.PasswordRefused(refused);
        }
        users.updatePasswordHash(account.id(), hasher.hash(((PasswordVerdict.Acceptable) verdict).normalizedPassword()));
        users.updateMustChangePassword(account.id(), false);
        sessions.endSessions(account.username(), currentSessionId);
        return new AccountOutcome.Done(account);
    }
}
