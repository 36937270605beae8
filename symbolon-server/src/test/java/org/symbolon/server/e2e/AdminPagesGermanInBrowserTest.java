package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.symbolon.core.account.Role;
import org.symbolon.server.testing.TestUsers;

/** The settings, group and user pages for a browser that asks for German: headings, labels and answers. */
@BrowserLanguage("de-DE")
class AdminPagesGermanInBrowserTest extends AdminPagesInBrowserTest {

    @Test
    void theAdministratorsPagesSpeakGerman() {
        TestUsers.create(accounts, "alice", Role.USER, TestUsers.USER_PASSWORD);
        rootSignsIn();

        open("/admin/settings");
        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(heading()).isEqualTo("Einstellungen");
        assertThat(texts("nav.admin-nav a")).containsExactly("Benutzer", "Gruppen", "Einstellungen", "Sicherheitsprotokoll", "API-Tokens");
        assertThat(texts("form.settings legend")).containsExactly("Wer die Zwei-Faktor-Authentifizierung benutzen muss",
                "Erlaubte Verfahren", "Einstellungen neuer Authenticator-Apps");
        assertThat(label("graceDays")).isEqualTo("Schonfrist in Tagen");
        assertThat(label("serviceName")).isEqualTo("Dienstname in Authenticator-Apps");
        assertThat(label("totpAlgorithm")).isEqualTo("Algorithmus");
        assertThat(label("totpDigits")).isEqualTo("Ziffern");
        assertThat(element("#totp-warning").getText()).startsWith("Viele Authenticator-Apps übergehen");
        assertThat(element("label:has(#requirement-REQUIRED_FOR_ADMINS)").getText())
                .isEqualTo("Administratoren (die Voreinstellung)");
        element("#method-TOTP").click();
        element("#method-HOTP").click();
        follow(button("Einstellungen speichern"));
        assertThat(element("#error-summary-title").getText()).isEqualTo("Bitte prüfen Sie Ihre Eingaben");
        assertThat(element("#allowedMethods-error").getText())
                .isEqualTo("Lassen Sie Authenticator-Apps oder Hardware-Token eingeschaltet: Wiederherstellungscodes und E-Mail-Codes sichern sie nur ab.");

        follow(link("Gruppen"));
        assertThat(heading()).isEqualTo("Gruppen");
        assertThat(element("caption").getText()).isEqualTo("Keine Gruppen");
        assertThat(texts("h2")).containsExactly("Gruppe anlegen");
        assertThat(label("groupName")).isEqualTo("Name der Gruppe");
        assertThat(element("label:has(#requiresTwoFactor-box)").getText())
                .isEqualTo("Mitglieder müssen die Zwei-Faktor-Authentifizierung benutzen");
        typeAndEnter("groupName", "Vertrieb");
        assertThat(texts("p.notice")).containsExactly("Die Gruppe ist angelegt.");
        assertThat(heading()).isEqualTo("Gruppe Vertrieb");
        assertThat(texts("h2")).containsExactly("Zwei-Faktor-Authentifizierung", "Mitglieder", "Gruppe löschen");
        assertThat(label("username")).isEqualTo("Benutzername des neuen Mitglieds");
        typeAndEnter("username", "niemand");
        assertThat(element("#username-error").getText()).isEqualTo("Es gibt keinen Benutzer mit diesem Namen.");
        typeAndEnter("username", "alice");
        assertThat(texts("p.notice")).containsExactly("Das Mitglied ist hinzugefügt.");

        follow(link("alice"));
        assertThat(heading()).isEqualTo("alice");
        assertThat(texts("main h2")).containsExactly("Zwei-Faktor-Authentifizierung", "Rolle", "Status", "Passwort",
                "Letzte Sicherheitsereignisse");
        assertThat(texts("#two-factor-facts dt")).containsExactly("Status", "Regel", "Von diesem Benutzer verlangt",
                "Wiederherstellungscodes", "Fehlversuche", "Zweiter Schritt gesperrt", "Einmaliger Ausweichcode");
        assertThat(element("#two-factor-rule").getText()).isEqualTo("Wie die Einstellungen sagen");
        assertThat(label("hours")).isEqualTo("Gültig für (Stunden)");
        assertThat(label("newPassword")).isEqualTo("Neues Passwort");
        assertThat(element("section[aria-labelledby=events-title] caption").getText()).isEqualTo("Das neueste Ereignis");
        assertThat(element("section[aria-labelledby=events-title] tbody").getText()).contains("Zu einer Gruppe hinzugefügt");

        element("#rule-EXEMPT").click();
        follow(button("Regel speichern"));
        assertThat(texts("p.notice")).containsExactly("Der Benutzer ist jetzt von der Zwei-Faktor-Authentifizierung ausgenommen.");
        assertThat(element("#two-factor-rule").getText()).isEqualTo("Ausgenommen");

        follow(button("Einmaligen Ausweichcode ausgeben"));
        assertThat(heading()).isEqualTo("Einmaliger Ausweichcode");
        assertThat(element("#bypass-once").getText()).startsWith("Er wird nur jetzt angezeigt");

        follow(link("Benutzer"));
        assertThat(element("td.exempt").getText()).isEqualTo("Aus Ausgenommen");
    }
}
