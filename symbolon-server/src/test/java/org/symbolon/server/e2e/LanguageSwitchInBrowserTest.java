package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.TestUsers;

/** The language switch of every page, in a browser that asks for English. */
class LanguageSwitchInBrowserTest extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void anEnglishBrowserGetsEnglishPages() {
        open("/login");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(element("a[hreflang=en]").getAttribute("aria-current")).isEqualTo("true");
    }

    @Test
    void choosingDeutschTurnsThePageGermanAndTheChoiceStaysOnTheNextPages() {
        TestUsers.user(accounts, "alice");
        open("/login");

        follow(browser().findElement(By.linkText("Deutsch")));

        assertThat(path()).isEqualTo("/login");
        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(heading()).isEqualTo("Anmelden");
        assertThat(label("username")).isEqualTo("Benutzername");
        assertThat(label("password")).isEqualTo("Passwort");
        assertThat(element("a[hreflang=de]").getAttribute("aria-current")).isEqualTo("true");
        assertThat(element("a[hreflang=en]").getAttribute("aria-current")).isNull();

        type("username", "alice");
        typeAndEnter("password", TestUsers.USER_PASSWORD);

        assertThat(path()).isEqualTo("/account");
        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(heading()).isEqualTo("Mein Konto");
        assertThat(label("currentPassword")).isEqualTo("Aktuelles Passwort");
        assertThat(texts("header nav button")).containsExactly("Abmelden");
    }

    @Test
    void choosingEnglishAgainTurnsThePagesBack() {
        open("/login");
        follow(browser().findElement(By.linkText("Deutsch")));
        follow(browser().findElement(By.linkText("English")));

        open("/login");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(heading()).isEqualTo("Sign in");
    }
}
