package org.symbolon.core.account;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.symbolon.core.password.PasswordHasher;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.core.password.PasswordVerdict;

/**
 * What administrators (on the web, through the API or on the command line) do to accounts. Every
 * change that would leave the instance without an active administrator is refused.
 */
public final class AccountAdministration {

    private final UserStore users;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final UserSessions sessions;
    private final Clock clock;

    public AccountAdministration(
            UserStore users, PasswordPolicy passwordPolicy, PasswordHasher hasher, UserSessions sessions, Clock clock) {
        this.users = users;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    public AccountOutcome create(NewUserRequest request) {
        return withAcceptablePassword(request, user -> users.create(user)
                .<AccountOutcome>map(AccountOutcome.Done::new)
                .orElse(new AccountOutcome.Refused(AccountOutcome.Refusal.USERNAME_TAKEN)));
    }

    /** Creates the first administrator, and only while no account exists at all. */
    public AccountOutcome createFirstAdmin(NewUserRequest request) {
        NewUserRequest asAdmin = new NewUserRequest(
                request.username(), request.displayName(), request.email(), Role.ADMIN, request.password());
        return withAcceptablePassword(asAdmin, user -> users.createFirst(user)
                .<AccountOutcome>map(AccountOutcome.Done::new)
                .orElse(new AccountOutcome.Refused(AccountOutcome.Refusal.ALREADY_SET_UP)));
    }

    public Optional<UserAccount> find(Username username) {
        return users.findByUsername(username);
    }

    public UserPage search(String query, int page, int size) {
        return users.search(query == null ? "" : query.strip(), Math.max(0, page), Math.min(Math.max(1, size), 100));
    }

    public AccountOutcome changeRole(Username username, Role role) {
        return withAccount(username, account -> {
            if (account.role() == role) {
                return new AccountOutcome.Done(account);
            }
            if (isLastActiveAdmin(account)) {
                return new AccountOutcome.Refused(AccountOutcome.Refusal.LAST_ADMIN);
            }
            users.updateRole(account.id(), role);
            sessions.endSessions(account.username(), null);
            return reload(username);
        });
    }

    public AccountOutcome changeState(Username username, AccountState state) {
        return withAccount(username, account -> {
            if (account.state() == state) {
                return new AccountOutcome.Done(account);
            }
            if (state == AccountState.DISABLED && isLastActiveAdmin(account)) {
                return new AccountOutcome.Refused(AccountOutcome.Refusal.LAST_ADMIN);
            }
            users.updateState(account.id(), state);
            if (state == AccountState.DISABLED) {
                sessions.endSessions(account.username(), null);
            }
            return reload(username);
        });
    }

    /**
     * Sets a new password chosen by an administrator, and ends the user's sessions. The user
     * must choose another at the next sign-in: the administrator knows this one.
     */
    public AccountOutcome resetPassword(Username username, String newPassword) {
        return withAccount(username, account -> {
            PasswordVerdict verdict = passwordPolicy.judge(newPassword, account.username().value(), account.role());
            if (verdict instanceof PasswordVerdict.Refused refused) {
                return new AccountOutcome.PasswordRefused(refused);
            }
            users.updatePasswordHash(account.id(), hasher.hash(((PasswordVerdict.Acceptable) verdict).normalizedPassword()));
            users.updateMustChangePassword(account.id(), true);
            sessions.endSessions(account.username(), null);
            return new AccountOutcome.Done(account);
        });
    }

    private boolean isLastActiveAdmin(UserAccount account) {
        return account.isAdmin() && account.isActive() && users.countActiveAdmins() <= 1;
    }

    private AccountOutcome withAcceptablePassword(NewUserRequest request, Function<NewUser, AccountOutcome> store) {
        PasswordVerdict verdict = passwordPolicy.judge(request.password(), request.username().value(), request.role());
        if (verdict instanceof PasswordVerdict.Refused refused) {
            return new AccountOutcome.PasswordRefused(refused);
        }
        String hash = hasher.hash(((PasswordVerdict.Acceptable) verdict).normalizedPassword());
        return store.apply(new NewUser(
                request.username(), request.displayName(), request.email(), request.role(), hash, clock.instant()));
    }

    private AccountOutcome withAccount(Username username, Function<UserAccount, AccountOutcome> change) {
        return users.findByUsername(username)
                .map(change)
                .orElse(new AccountOutcome.Refused(AccountOutcome.Refusal.NOT_FOUND));
    }

    private AccountOutcome reload(Username username) {
        return withAccount(username, AccountOutcome.Done::new);
    }
}
