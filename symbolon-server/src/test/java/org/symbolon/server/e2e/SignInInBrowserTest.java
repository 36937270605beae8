package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.TestUsers;

/** Signing in and out on the sign-in page, with the one message that does not tell why it failed. */
class SignInInBrowserTest extends BrowserTest {

    private static final String FAILED = "The username or password is wrong.";

    @Autowired
    AccountAdministration accounts;

    @Test
    void rightPasswordOpensMyAccountAndSignOutEndsTheSession() {
        TestUsers.user(accounts, "alice");

        signIn("alice", TestUsers.USER_PASSWORD);

        assertThat(path()).isEqualTo("/account");
        assertThat(heading()).isEqualTo("My account");
        assertThat(texts("dl.facts dd")).containsExactly("alice", "User");

        signOut();

        assertThat(path()).isEqualTo("/login");
        assertThat(texts("p.notice")).containsExactly("You are signed out.");
        open("/account");
        assertThat(path()).isEqualTo("/login");
        assertThat(heading()).isEqualTo("Sign in");
    }

    @Test
    void wrongPasswordShowsTheOneGenericMessageAndStaysOnSignIn() {
        TestUsers.user(accounts, "alice");

        signIn("alice", "not-the-password-of-alice");

        assertThat(path()).isEqualTo("/login");
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(texts("[role=alert]")).containsExactly(FAILED);
        assertThat(element("#username").getAttribute("value")).isEqualTo("alice");
        assertThat(element("#password").getAttribute("value")).isEmpty();
    }

    @Test
    void anUnknownUserSeesExactlyWhatAWrongPasswordShows() {
        TestUsers.user(accounts, "alice");
        signIn("alice", "not-the-password-of-alice");
        String wrongPassword = element("main").getText();

        signIn("nobody-by-this-name", TestUsers.USER_PASSWORD);

        assertThat(path()).isEqualTo("/login");
        assertThat(texts("[role=alert]")).containsExactly(FAILED);
        assertThat(element("main").getText()).isEqualTo(wrongPassword);
    }
}
