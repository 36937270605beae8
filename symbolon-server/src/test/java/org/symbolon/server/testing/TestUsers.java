package org.symbolon.server.testing;

import java.util.Optional;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;

/** Creates the accounts a test starts from, through the same core service the server uses. */
public final class TestUsers {

    public static final String USER_PASSWORD = "violet-harbour-lantern";
    public static final String ADMIN_PASSWORD = "quiet-meadow-copper-engine";

    private TestUsers() {
    }

    public static UserAccount user(AccountAdministration accounts, String name) {
        return create(accounts, name, Role.USER, USER_PASSWORD);
    }

    public static UserAccount admin(AccountAdministration accounts, String name) {
        return create(accounts, name, Role.ADMIN, ADMIN_PASSWORD);
    }

    public static UserAccount create(AccountAdministration accounts, String name, Role role, String password) {
        AccountOutcome outcome = accounts.create(new NewUserRequest(
                new Username(name), new DisplayName(""), Optional.empty(), role, password));
        if (outcome instanceof AccountOutcome.Done done) {
            return done.account();
        }
        throw new IllegalStateException("could not create " + name + ": " + outcome);
    }
}
