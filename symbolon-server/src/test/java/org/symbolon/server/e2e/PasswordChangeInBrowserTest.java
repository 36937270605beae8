package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;

/** Changing one's own password on "My account". */
class PasswordChangeInBrowserTest extends BrowserTest {

    private static final String NEW_PASSWORD = "amber-orchard-whistle-42";

    @Autowired
    AccountAdministration accounts;

    @Test
    void aWrongCurrentPasswordIsMarkedOnThatFieldAndChangesNothing() {
        TestUsers.user(accounts, "alice");
        signIn("alice", TestUsers.USER_PASSWORD);

        changePassword("not-the-current-one", NEW_PASSWORD);

        assertThat(heading()).isEqualTo("My account");
        assertThat(element("#currentPassword-error").getText()).isEqualTo("The current password is wrong.");
        assertThat(element("#currentPassword").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element("#currentPassword").getAttribute("aria-describedby")).isEqualTo("currentPassword-error");
        assertThat(element("#newPassword").getAttribute("aria-invalid")).isEqualTo("false");
        assertThat(texts(".error-summary li")).containsExactly("Current password: The current password is wrong.");
        assertThat(texts("p.notice")).isEmpty();

        signOut();
        signIn("alice", NEW_PASSWORD);
        assertThat(path()).isEqualTo("/login");
        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(path()).isEqualTo("/account");
    }

    @Test
    void afterTheChangeOnlyTheNewPasswordWorksAndOtherSessionsHaveEnded() {
        TestUsers.user(accounts, "alice");
        HttpSession elsewhere = newSession();
        assertThat(elsewhere.apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(200);
        signIn("alice", TestUsers.USER_PASSWORD);

        changePassword("not-the-current-one", NEW_PASSWORD);
        changePassword(TestUsers.USER_PASSWORD, NEW_PASSWORD);

        assertThat(path()).isEqualTo("/account");
        assertThat(texts("p.notice")).containsExactly("Your password is changed. Your other sessions have ended.");
        assertThat(texts(".field-error")).isEmpty();
        assertThat(elsewhere.get("/api/v1/account").status()).isEqualTo(401);

        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(path()).isEqualTo("/login");
        assertThat(texts("[role=alert]")).containsExactly("The username or password is wrong.");

        signIn("alice", NEW_PASSWORD);
        assertThat(path()).isEqualTo("/account");
        assertThat(heading()).isEqualTo("My account");
    }

    private void changePassword(String current, String next) {
        type("currentPassword", current);
        typeAndEnter("newPassword", next);
    }
}
