package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.TestUsers;

/** The two-factor pages for a browser that asks for German. */
@BrowserLanguage("de-DE")
class TwoFactorGermanInBrowserTest extends TwoFactorInBrowserTest {

    @Test
    void theSetUpSpeaksGermanFromTheAccountPageToTheRecoveryCodes() {
        TestUsers.user(accounts, "alice");
        signIn("alice", TestUsers.USER_PASSWORD);
        follow(linkText("Zwei-Faktor-Authentifizierung verwalten"));

        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(heading()).isEqualTo("Zwei-Faktor-Authentifizierung");
        assertThat(element("#two-factor-status").getText()).isEqualTo("Status: Aus");
        follow(linkText("Authenticator-App einrichten"));

        assertThat(heading()).isEqualTo("Authenticator-App einrichten");
        assertThat(element(".step").getText()).isEqualTo("Schritt 1 von 2");
        assertThat(label("authenticatorName")).isEqualTo("Name (optional)");
        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("authenticatorName", "Telefon");

        assertThat(element(".step").getText()).isEqualTo("Schritt 2 von 2");
        assertThat(texts("h2")).containsExactly("QR-Code scannen", "Oder den Schlüssel von Hand eingeben",
                "Den Code aus der App eingeben");
        assertThat(texts("dl.facts dt")).containsExactly("Kontoname", "Aussteller", "Schlüssel", "Typ", "Algorithmus",
                "Ziffern", "Intervall");
        assertThat(element("#totp-period").getText()).isEqualTo("30 Sekunden");
        assertThat(element(".qr svg").getAccessibleName()).isEqualTo("QR-Code mit dem Authenticator-Schlüssel für alice");
        assertThat(element("#server-time").getText()).startsWith("Die Uhrzeit des Servers ist ")
                .contains("Die Uhr Ihres Telefons muss richtig gehen");
        assertThat(label("oneTimeCode")).isEqualTo("Code");
        String key = keyOnThePage();
        typeAndEnter("oneTimeCode", aWrongCode(key));
        assertThat(element("#oneTimeCode-error").getText()).startsWith("Der Code passt nicht.");
        typeAndEnter("oneTimeCode", Oathtool.totp(key, Instant.now()));

        assertThat(heading()).isEqualTo("Ihre Wiederherstellungscodes");
        assertThat(element("label[for=savedCodes]").getText()).isEqualTo("Ich habe meine Wiederherstellungscodes gespeichert");
        assertThat(element("#download-codes").getText()).isEqualTo("Als Textdatei herunterladen");
        // The test's HTTP client sends no Accept-Language; the language switch's cookie stands in for it.
        open(CODES_PAGE + "?lang=de");
        HttpSession.Response file = browserSession().get(DOWNLOAD);
        assertThat(file.body()).startsWith("Wiederherstellungscodes von alice bei Symbolon\r\nErstellt ");
        confirmSaved();

        assertThat(texts("p.notice")).containsExactly(
                "Ihre Wiederherstellungscodes sind gespeichert. Sie werden nicht noch einmal angezeigt.");
        assertThat(element("#two-factor-status").getText()).isEqualTo("Status: Ein");
        assertThat(texts("thead th").subList(0, 3)).containsExactly("Name", "Hinzugefügt", "Zuletzt benutzt");
        assertThat(element("section[aria-labelledby=recovery-title]").getText())
                .contains("10 Wiederherstellungscodes sind übrig.");
        follow(linkText("Zwei-Faktor-Authentifizierung ausschalten"));
        assertThat(heading()).isEqualTo("Zwei-Faktor-Authentifizierung ausschalten");
        assertThat(label("oneTimeCode")).isEqualTo("Code aus Ihrer App oder Wiederherstellungscode");
        type("currentPassword", "nicht-das-passwort");
        typeAndEnter("oneTimeCode", "123456");
        assertThat(texts(".error-summary li")).containsExactly("Aktuelles Passwort: Das Passwort oder der Code ist falsch.");
    }

    @Test
    void hardwareTokensAndTheChoiceAtSignInSpeakGerman() {
        String key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        aliceOnTheTwoFactorPage();
        follow(linkText("Hardware-Token einrichten"));
        assertThat(heading()).isEqualTo("Hardware-Token einrichten");
        assertThat(label("tokenKey")).isEqualTo("Schlüssel des Tokens (optional)");
        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("tokenKey", "ABC");
        assertThat(texts(".error-summary li")).singleElement().asString().startsWith("Schlüssel des Tokens (optional): ");
        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("tokenKey", key);
        assertThat(texts("h2")).containsExactly("Token programmieren", "Oder den Schlüssel von Hand eingeben",
                "Code vom Token eingeben");
        assertThat(element("#hotp-type").getText()).isEqualTo("Zählerbasiert (HOTP)");
        typeAndEnter("oneTimeCode", Oathtool.hotp(key, 0));
        confirmSaved();
        assertThat(element("#tokens-title").getText()).isEqualTo("Hardware-Token");
        follow(element("#hotp-tokens a[href$='/resync']"));
        assertThat(heading()).isEqualTo("Hardware-Token neu synchronisieren");
        assertThat(label("firstCode")).isEqualTo("Erster Code");

        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(label("token-code")).isEqualTo("Code von Ihrem Hardware-Token");
        follow(linkText("Auf andere Weise bestätigen"));
        assertThat(heading()).isEqualTo("Auf andere Weise bestätigen");
        assertThat(texts("ul.choices a")).containsExactly("Ein Code von Ihrem Hardware-Token",
                "Einer Ihrer Wiederherstellungscodes", "Jeden Faktor verloren? Ausweichcode von Ihrer Administration verwenden");
        follow(linkText("Ein Code von Ihrem Hardware-Token"));
        typeAndEnter("token-code", Oathtool.hotp(key, 1));
        assertThat(path()).isEqualTo("/account");
    }
}
