package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.BearerClient;
import org.symbolon.server.testing.TestUsers;

/** An administrator creates an API token on its page, a script uses it, and the administrator revokes it. */
class ApiTokensInBrowserTest extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void aTokenIsCreatedShownOnceUsedAndRevokedOnThePage() {
        TestUsers.admin(accounts, "root");
        signIn("root", TestUsers.ADMIN_PASSWORD);
        consoleMessages();
        follow(browser().findElement(By.linkText("API tokens")));

        assertThat(path()).isEqualTo("/admin/api-tokens");
        assertThat(heading()).isEqualTo("API tokens");
        assertThat(element("#api-tokens caption").getText()).isEqualTo("No API tokens");
        assertThat(label("tokenName")).isEqualTo("Name");
        assertThat(element("#tokenScopes legend").getText()).isEqualTo("Scopes");
        assertThat(label("tokenExpiresInDays")).isEqualTo("Valid for (days)");
        assertThat(element("#tokenExpiresInDays").getAttribute("value")).isEqualTo("90");
        type("tokenName", "CI deploy");
        element("input[name=tokenScopes][value='admin:read']").click();
        typeAndEnter("tokenExpiresInDays", "30");

        assertThat(element("#new-token-title").getText()).isEqualTo("The token “CI deploy” is created");
        assertThat(texts("#new-token .notice")).containsExactly("Copy the token now: it is shown only this once.");
        String secret = element("#api-token-secret").getText();
        assertThat(secret).matches("symbolon_[A-Za-z0-9_-]{43}");
        assertThat(element("#new-token button[data-copy]").isDisplayed()).as("the copy button, shown by the script").isTrue();
        assertThat(texts("#api-tokens thead th")).containsExactly("Name", "Scopes", "Created", "Created by", "Expires",
                "Last used", "State", "Actions");
        assertThat(texts("#api-tokens tbody th")).containsExactly("CI deploy");
        assertThat(texts("#api-tokens tbody td").subList(0, 1)).containsExactly("admin:read");
        assertThat(texts("#api-tokens tbody td").subList(2, 3)).containsExactly("root");
        assertThat(texts("#api-tokens tbody td").subList(4, 6)).containsExactly("Never", "Active");
        assertThat(element("#tokenName").getAttribute("value")).as("the form is empty again").isEmpty();

        BearerClient script = BearerClient.withToken(baseUrl(), secret);
        assertThat(script.get("/api/v1/admin/users").status()).isEqualTo(200);

        open("/admin/api-tokens");
        assertThat(browser().getPageSource()).doesNotContain(secret);
        assertThat(texts("#api-tokens tbody td").get(4)).endsWith(" UTC");
        WebElement revoke = element("#api-tokens tbody button");
        assertThat(revoke.getAccessibleName()).isEqualTo("Revoke CI deploy");
        follow(revoke);

        assertThat(path()).isEqualTo("/admin/api-tokens");
        assertThat(texts("p.notice")).containsExactly("The token is revoked. Requests made with it are refused from now on.");
        assertThat(texts("#api-tokens tbody td").get(5)).isEqualTo("Revoked");
        assertThat(browser().findElements(By.cssSelector("#api-tokens tbody button"))).isEmpty();
        assertThat(script.get("/api/v1/admin/users").status()).isEqualTo(401);
        assertThat(consoleMessages()).as("no Content-Security-Policy violation, no script error on the way").isEmpty();
    }

    /** The browser's console messages since the test's browser started, or since the last call. */
    private List<String> consoleMessages() {
        return browser().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    @Test
    void mistakesAreNamedAtTheirFieldsAndWhatWasTypedStays() {
        TestUsers.admin(accounts, "root");
        signIn("root", TestUsers.ADMIN_PASSWORD);
        open("/admin/api-tokens");

        type("tokenName", "backup");
        typeAndEnter("tokenExpiresInDays", "400");

        assertThat(texts(".error-summary li")).containsExactly("Scopes: Choose at least one scope.",
                "Valid for (days): Enter a whole number of days from 1 to 365.");
        assertThat(element("#tokenScopes-error").getText()).isEqualTo("Choose at least one scope.");
        assertThat(element("#tokenExpiresInDays").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element("#tokenExpiresInDays").getAttribute("aria-describedby"))
                .isEqualTo("tokenExpiresInDays-hint tokenExpiresInDays-error");
        assertThat(element("#tokenName").getAttribute("value")).isEqualTo("backup");
        assertThat(element("#tokenExpiresInDays").getAttribute("value")).isEqualTo("400");
        assertThat(browser().findElements(By.id("new-token"))).isEmpty();
    }

    @Test
    void plainUsersSeeNeitherTheLinkNorThePage() {
        TestUsers.user(accounts, "alice");
        signIn("alice", TestUsers.USER_PASSWORD);

        assertThat(browser().findElements(By.linkText("API tokens"))).isEmpty();
        open("/admin/api-tokens");
        // Refused with 403; which page says so is the application chain's business, not this page's.
        assertThat(browser().getPageSource()).doesNotContain("Create a token", "API tokens");
    }
}
