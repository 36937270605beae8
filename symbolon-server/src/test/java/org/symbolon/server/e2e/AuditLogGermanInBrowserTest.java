package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.symbolon.server.testing.TestUsers;

/** The audit log and the security activity for a browser that asks for German. */
@BrowserLanguage("de-DE")
class AuditLogGermanInBrowserTest extends AuditLogBrowserTest {

    @Test
    void theLogSpeaksGermanFromTheNavigationToTheLastPage() {
        signIn("root", TestUsers.ADMIN_PASSWORD);
        follow(browser().findElement(By.linkText("Sicherheitsprotokoll")));

        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(heading()).isEqualTo("Sicherheitsprotokoll");
        assertThat(label("user")).isEqualTo("Benutzer");
        assertThat(label("type")).isEqualTo("Ereignis");
        assertThat(element("table.audit caption").getText()).isEqualTo("Sicherheitsereignisse, die neuesten zuerst");
        assertThat(texts("table.audit thead th")).containsExactly("Zeit (UTC)", "Ereignis", "Benutzer", "Durch",
                "IP-Adresse", "Browser", "Detail");
        assertThat(texts("table.audit tbody tr:first-child td").get(1))
                .isEqualTo("Zwei-Faktor-Regel des Benutzers geändert\nVon der Zwei-Faktor-Authentifizierung ausgenommen");
        follow(browser().findElement(By.linkText("Ältere Ereignisse")));
        assertThat(texts("table.audit tbody tr td:nth-child(2)")).containsOnly("Zweiter Faktor abgelehnt");
        assertThat(browser().findElements(By.linkText("Neuere Ereignisse"))).hasSize(1);

        typeAndEnter("to", "gestern");
        assertThat(texts(".error-summary li")).containsExactly(
                "Bis: Geben Sie ein Datum als JJJJ-MM-TT ein, oder einen Zeitpunkt wie 2026-03-01T10:00:00Z.");
    }

    @Test
    void aUsersOwnActivityIsInGermanToo() {
        signIn("alice", TestUsers.USER_PASSWORD);
        follow(browser().findElement(By.linkText("Sicherheitsaktivität anzeigen")));

        assertThat(heading()).isEqualTo("Sicherheitsaktivität");
        assertThat(texts("table.audit thead th")).containsExactly("Zeit (UTC)", "Ereignis", "Durch", "IP-Adresse",
                "Browser", "Detail");
        assertThat(texts("table.audit tbody tr:first-child td").get(2)).isEqualTo("Sie selbst");
    }
}
