package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.TestUsers;

/** The API-token page for a browser that asks for German. */
@BrowserLanguage("de-DE")
class ApiTokensGermanInBrowserTest extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void thePageSpeaksGermanFromTheFormToTheRevocation() {
        TestUsers.admin(accounts, "root");
        signIn("root", TestUsers.ADMIN_PASSWORD);
        follow(browser().findElement(By.linkText("API-Tokens")));

        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(heading()).isEqualTo("API-Tokens");
        assertThat(element("#api-tokens caption").getText()).isEqualTo("Keine API-Tokens");
        assertThat(texts("h2")).containsExactly("Token anlegen");
        assertThat(label("tokenName")).isEqualTo("Name");
        assertThat(element("#tokenScopes legend").getText()).isEqualTo("Berechtigungen");
        assertThat(texts("#tokenScopes label")).containsExactly("admin:read: die Administration lesen (GET)",
                "admin:write: sie ändern (POST, PATCH, DELETE)");
        assertThat(label("tokenExpiresInDays")).isEqualTo("Gültig für (Tage)");
        type("tokenName", "Überwachung");
        typeAndEnter("tokenExpiresInDays", "0");

        assertThat(texts(".error-summary li")).containsExactly("Berechtigungen: Wählen Sie mindestens eine Berechtigung.",
                "Gültig für (Tage): Geben Sie eine ganze Zahl von 1 bis 365 Tagen ein.");
        element("input[name=tokenScopes][value='admin:write']").click();
        typeAndEnter("tokenExpiresInDays", "7");

        assertThat(element("#new-token-title").getText()).isEqualTo("Das Token „Überwachung“ ist angelegt");
        assertThat(texts("#new-token .notice")).containsExactly("Kopieren Sie das Token jetzt: Es wird nur dieses eine Mal angezeigt.");
        assertThat(element("#new-token button[data-copy]").getText()).isEqualTo("Token kopieren");
        assertThat(texts("#api-tokens thead th")).containsExactly("Name", "Berechtigungen", "Angelegt", "Angelegt von",
                "Läuft ab", "Zuletzt benutzt", "Status", "Aktionen");
        assertThat(texts("#api-tokens tbody td").subList(4, 6)).containsExactly("Nie", "Aktiv");
        assertThat(element("#api-tokens tbody button").getAccessibleName()).isEqualTo("Widerrufen Überwachung");
        follow(element("#api-tokens tbody button"));

        assertThat(texts("p.notice")).containsExactly("Das Token ist widerrufen. Anfragen damit werden ab jetzt abgelehnt.");
        assertThat(texts("#api-tokens tbody td").get(5)).isEqualTo("Widerrufen");
        assertThat(element("#api-tokens caption").getText()).isEqualTo("1 API-Token");
    }
}
