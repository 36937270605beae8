package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.TestUsers;

/** An administrator creates an account on the user pages, and its owner signs in with it. */
class AdminCreatesUserInBrowserTest extends BrowserTest {

    private static final String BOBS_PASSWORD = "violet-harbour-lantern-42";

    @Autowired
    AccountAdministration accounts;

    @Test
    void aUserCreatedOnTheAdminPagesCanSignInInAnotherSession() {
        TestUsers.admin(accounts, "root");
        signIn("root", TestUsers.ADMIN_PASSWORD);
        follow(browser().findElement(By.linkText("Users")));
        assertThat(path()).isEqualTo("/admin/users");
        follow(browser().findElement(By.linkText("Create user")));
        assertThat(path()).isEqualTo("/admin/users/new");
        assertThat(element("input[name=role][value=USER]").isSelected()).isTrue();

        type("username", "bob");
        type("displayName", "Bob Builder");
        type("email", "bob@example.org");
        typeAndEnter("password", BOBS_PASSWORD);

        assertThat(path()).isEqualTo("/admin/users/bob");
        assertThat(heading()).isEqualTo("Bob Builder");
        assertThat(texts("p.notice")).containsExactly("The user is created.");
        assertThat(texts("dl.facts dd")).startsWith("bob", "Bob Builder", "bob@example.org", "User", "Active");

        follow(browser().findElement(By.linkText("All users")));
        assertThat(texts("tbody td a")).containsExactlyInAnyOrder("root", "bob");

        signOut();
        signIn("bob", BOBS_PASSWORD);
        assertThat(path()).isEqualTo("/account");
        assertThat(texts("dl.facts dd")).containsExactly("bob", "User");
        assertThat(browser().findElements(By.linkText("Users"))).isEmpty();
    }

    @Test
    void aTakenUsernameIsRefusedOnItsFieldAndKeepsWhatWasTyped() {
        TestUsers.admin(accounts, "root");
        TestUsers.user(accounts, "bob");
        signIn("root", TestUsers.ADMIN_PASSWORD);
        open("/admin/users/new");

        type("username", "BOB");
        type("displayName", "Another Bob");
        typeAndEnter("password", BOBS_PASSWORD);

        assertThat(path()).isEqualTo("/admin/users");
        assertThat(heading()).isEqualTo("Create user");
        assertThat(element("#username-error").getText()).isEqualTo("This username is taken.");
        assertThat(element("#displayName").getAttribute("value")).isEqualTo("Another Bob");
        assertThat(element("#password").getAttribute("value")).isEmpty();
    }
}
