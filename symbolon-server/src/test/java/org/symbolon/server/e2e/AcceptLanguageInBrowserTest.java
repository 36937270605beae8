package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A browser that asks for German (Accept-Language: de-DE) gets German pages without choosing. */
@BrowserLanguage("de-DE")
class AcceptLanguageInBrowserTest extends BrowserTest {

    @Test
    void aGermanBrowserGetsGermanPagesWithoutChoosing() {
        open("/login");

        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(heading()).isEqualTo("Anmelden");
        assertThat(label("username")).isEqualTo("Benutzername");
        assertThat(element("a[hreflang=de]").getAttribute("aria-current")).isEqualTo("true");

        signIn("nobody", "not-a-password-anyone-has");
        assertThat(texts("[role=alert]")).containsExactly("Benutzername oder Passwort ist falsch.");
    }

    @Test
    void choosingEnglishOutweighsTheBrowsersLanguage() {
        open("/login");
        follow(browser().findElement(By.linkText("English")));

        open("/login");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(heading()).isEqualTo("Sign in");
    }
}
