package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;

/**
 * The whole life of an authenticator app in the browser: set up by typing the key, recovery codes
 * shown once, sign-in with the app and with a recovery code, and turning it off again.
 */
class TwoFactorSignInInBrowserTest extends TwoFactorInBrowserTest {

    @Test
    void setUpByTypingTheKeyThenSignInWithTheNextCodeAndWithARecoveryCodeThenTurnItOff() {
        TestUsers.user(accounts, "alice");
        signIn("alice", TestUsers.USER_PASSWORD);
        follow(element("#two-factor-link"));
        assertThat(path()).isEqualTo(OVERVIEW);
        assertThat(heading()).isEqualTo("Two-factor authentication");
        assertThat(status()).isEqualTo("Off");

        follow(linkText("Set up an authenticator app"));
        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("authenticatorName", "Phone");

        assertThat(path()).isEqualTo("/account/two-factor/setup/app");
        assertThat(element("#totp-key").getText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(texts("#totp-account, #totp-issuer, #totp-type, #totp-algorithm, #totp-digits, #totp-period"))
                .containsExactly("alice", "Symbolon", "Time-based (TOTP)", "SHA1", "6", "30 seconds");
        assertThat(element("#server-time").getText())
                .matches("The server's time is \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\. Your phone's clock must be right.*");
        assertThat(browser().findElements(By.id("non-default-settings"))).as("no warning for the default settings").isEmpty();
        WebElement code = element("#oneTimeCode");
        assertThat(code.getAttribute("inputmode")).isEqualTo("numeric");
        assertThat(code.getAttribute("autocomplete")).isEqualTo("one-time-code");
        AuthenticatorApp app = new AuthenticatorApp(keyOnThePage());
        typeAndEnter("oneTimeCode", app.nextCode());

        assertThat(path()).isEqualTo(CODES_PAGE);
        assertThat(texts("p.notice")).containsExactly(
                "Your authenticator app is set up. From now on, signing in asks for a code from it.");
        List<String> codes = texts("#recovery-codes li");
        assertThat(codes).hasSize(10).allMatch(shown -> RECOVERY_CODE.matcher(shown).matches());

        HttpSession.Response file = browserSession().get(DOWNLOAD);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(file.header("Content-Disposition")).hasValue("attachment; filename=\"symbolon-recovery-codes.txt\"");
        assertThat(file.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(file.body()).startsWith("Recovery codes of alice at Symbolon\r\n");
        assertThat(file.body().lines().filter(line -> RECOVERY_CODE.matcher(line).matches())).containsExactlyElementsOf(codes);

        confirmSaved();
        assertThat(texts("p.notice")).containsExactly("Your recovery codes are saved. They are not shown again.");
        assertThat(status()).isEqualTo("On");
        assertThat(texts("tbody th")).containsExactly("Phone");
        assertThat(element("section[aria-labelledby=recovery-title]").getText()).contains("10 recovery codes are left.");

        open(CODES_PAGE);
        assertThat(path()).as("the codes are shown once").isEqualTo(OVERVIEW);
        assertThat(browserSession().get(DOWNLOAD).status()).as("and downloaded only until confirmed").isEqualTo(303);

        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(path()).isEqualTo("/login/second-factor");
        // The activation spent the current code; the app gives the next one.
        typeAndEnter("code", app.nextCode());
        assertThat(path()).isEqualTo("/account");

        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        follow(linkText("Try another way"));
        follow(linkText("One of your recovery codes"));
        typeAndEnter("recovery-code", codes.get(0));
        assertThat(path()).isEqualTo("/account");
        assertThat(texts("main p[role=status]")).containsExactly("You signed in with a recovery code; 9 are left.");

        follow(element("#two-factor-link"));
        assertThat(element("section[aria-labelledby=recovery-title]").getText()).contains("9 recovery codes are left.");
        assertThat(texts("tbody td").get(1)).as("last used").endsWith(" UTC");
        follow(linkText("Turn off two-factor authentication"));
        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("oneTimeCode", codes.get(1));

        assertThat(path()).isEqualTo(OVERVIEW);
        assertThat(texts("p.notice")).containsExactly("Two-factor authentication is off. Signing in needs only your password.");
        assertThat(status()).isEqualTo("Off");
        assertThat(browser().findElements(By.cssSelector("tbody tr"))).isEmpty();

        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(path()).isEqualTo("/account");
    }

    @Test
    void fewRecoveryCodesLeftShowsAWarningWithALinkToANewSet() {
        aliceOnTheTwoFactorPage();
        List<String> codes = enroll("Phone").recoveryCodes();
        confirmSaved();
        for (String code : codes.subList(0, 7)) {
            HttpSession elsewhere = newSession();
            assertThat(elsewhere.apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("state").asString())
                    .isEqualTo("SECOND_FACTOR");
            assertThat(elsewhere.postJson("/api/v1/session/second-factor",
                    Map.of("method", "recovery_code", "code", code)).status()).isEqualTo(200);
        }

        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        follow(linkText("Try another way"));
        follow(linkText("One of your recovery codes"));
        typeAndEnter("recovery-code", codes.get(7));

        assertThat(path()).isEqualTo("/account");
        assertThat(element("main p[role=status]").getText()).startsWith("You signed in with a recovery code; 2 are left.");
        follow(linkText("Create new recovery codes"));
        assertThat(path()).isEqualTo("/account/two-factor/recovery-codes/new");
        assertThat(heading()).isEqualTo("New recovery codes");

        open(OVERVIEW);
        assertThat(element("#recovery-codes-low").getText()).startsWith("2 recovery codes are left.");
    }
}
