package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.core.setup.FirstAdminSetup;
import org.symbolon.server.testing.TestUsers;

/** The one-time set-up link of an empty instance, followed in a browser. */
class FirstAdminSetupInBrowserTest extends BrowserTest {

    @Autowired
    FirstAdminSetup setup;

    @Autowired
    AccountAdministration accounts;

    @Test
    void theSetupLinkCreatesTheFirstAdministratorAndSignsThemIn() {
        open("/setup?token=" + setup.issue().secret());
        assertThat(heading()).isEqualTo("Create the first administrator");

        createAdministrator("ada", TestUsers.ADMIN_PASSWORD);

        awaitPath("/admin/users");
        assertThat(heading()).isEqualTo("Users");
        assertThat(texts("p.notice")).containsExactly("Welcome. Your administrator account is ready.");
        assertThat(texts("tbody td a")).containsExactly("ada");
        assertThat(texts("header nav a")).contains("My account", "Users");
        assertThat(accounts.find(new Username("ada"))).map(UserAccount::role).contains(Role.ADMIN);
    }

    @Test
    void underTheShippedPolicyTheFirstAdministratorSetsUpASecondFactorBeforeTheConsole() {
        policy(TwoFactorRequirement.REQUIRED_FOR_ADMINS, 0);
        open("/setup?token=" + setup.issue().secret());

        createAdministrator("ada", TestUsers.ADMIN_PASSWORD);

        awaitPath("/account/two-factor/setup");
        assertThat(heading()).isEqualTo("Set up two-factor authentication");
        open("/admin/users");
        assertThat(path()).isEqualTo("/account/two-factor/setup");
    }

    @Test
    void theSetupLinkWorksOnlyOnce() {
        String link = "/setup?token=" + setup.issue().secret();
        open(link);
        createAdministrator("ada", TestUsers.ADMIN_PASSWORD);
        awaitPath("/admin/users");

        open(link);
        assertThat(heading()).isEqualTo("This set-up link does not work");
        assertThat(element("main").getText()).contains("Go to sign-in");
        assertThat(browser().findElements(By.id("password"))).isEmpty();
    }

    @Test
    void aTooShortPasswordIsRefusedOnItsFieldAndTheLinkStillWorks() {
        open("/setup?token=" + setup.issue().secret());
        createAdministrator("ada", "short-but-8");

        assertThat(path()).isEqualTo("/setup");
        assertThat(element("#password-error").getText()).isEqualTo("Choose a password of at least 15 characters.");
        assertThat(element("#password").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element("#username").getAttribute("value")).isEqualTo("ada");
        assertThat(accounts.find(new Username("ada"))).isEmpty();

        typeAndEnter("password", TestUsers.ADMIN_PASSWORD);
        awaitPath("/admin/users");
    }

    private void createAdministrator(String username, String password) {
        type("username", username);
        type("displayName", "Ada Lovelace");
        type("email", "ada@example.org");
        typeAndEnter("password", password);
    }
}
