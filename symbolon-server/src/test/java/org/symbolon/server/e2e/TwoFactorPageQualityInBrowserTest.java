package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.TestUsers;

/**
 * The two-factor pages under the strict Content-Security-Policy, with a QR code that screen
 * readers can name, and with the script as an extra: the pages work without it.
 */
class TwoFactorPageQualityInBrowserTest extends TwoFactorInBrowserTest {

    @Test
    void noTwoFactorPageViolatesTheContentSecurityPolicyOrLogsAnError() {
        aliceOnTheTwoFactorPage();
        consoleMessages();
        List<String> problems = new ArrayList<>(problemsOnThisPage("the two-factor page, off"));
        problems.addAll(problemsOn("/account/two-factor/setup"));
        type("currentPassword", "not-the-password-of-alice");
        typeAndEnter("authenticatorName", "Phone");
        problems.addAll(problemsOnThisPage("set-up step 1 with an error"));
        startSetUp("Phone");
        problems.addAll(problemsOnThisPage("set-up step 2"));
        String key = keyOnThePage();
        typeAndEnter("oneTimeCode", aWrongCode(key));
        problems.addAll(problemsOnThisPage("set-up step 2 with an error"));
        typeAndEnter("oneTimeCode", Oathtool.totp(key, Instant.now()));
        problems.addAll(problemsOnThisPage("recovery codes"));
        confirmSaved();
        problems.addAll(problemsOnThisPage("the two-factor page, on"));
        String removePage = element("tbody a[href$='/remove']").getAttribute("href").substring(baseUrl().length());
        for (String page : List.of("/account", "/account/two-factor/recovery-codes/new", removePage, "/account/two-factor/disable")) {
            problems.addAll(problemsOn(page));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void theQrCodeIsAnImageWithAnAccessibleName() {
        aliceOnTheTwoFactorPage();
        startSetUp("Phone");

        WebElement qr = element(".qr svg");
        assertThat(qr.getAttribute("role")).isEqualTo("img");
        assertThat(qr.getAccessibleName()).isEqualTo("QR code with the authenticator key for alice");
        assertThat(qr.getAriaRole()).as("the computed role, named image since ARIA 1.3").isIn("img", "image");
        assertThat(qr.getSize().getWidth()).as("large enough to scan").isGreaterThanOrEqualTo(150);
        assertThat(browser().findElements(By.cssSelector(".qr svg path"))).hasSize(1);
    }

    @Test
    void theScriptAddsTheCopyAndPrintButtons() {
        aliceOnTheTwoFactorPage();
        startSetUp("Phone");
        WebElement copyKey = element("button[data-copy=totp-key]");
        assertThat(copyKey.isDisplayed()).isTrue();
        assertThat(copyKey.getText()).isEqualTo("Copy key");
        typeAndEnter("oneTimeCode", Oathtool.totp(keyOnThePage(), Instant.now()));

        WebElement copyAll = element("button[data-copy=recovery-codes]");
        assertThat(copyAll.isDisplayed()).isTrue();
        assertThat(element("button[data-print]").isDisplayed()).isTrue();
        copyAll.click();
        // Headless Chromium may or may not grant the clipboard; either way the person is told.
        new WebDriverWait(browser(), Duration.ofSeconds(5)).until(driver -> !element("#copy-status").getText().isEmpty());
        assertThat(element("#copy-status").getText()).isIn("The recovery codes are copied.",
                "Copying did not work. The text is selected: copy it with Ctrl+C (Cmd+C on a Mac).");
    }

    @Test
    void withoutTheScriptTheButtonsStayHiddenAndTheCodesCanStillBeDownloadedAndConfirmed() {
        aliceOnTheTwoFactorPage();
        HasCdp chromium = (HasCdp) browser();
        chromium.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            startSetUp("Phone");
            assertThat(element("button[data-copy=totp-key]").isDisplayed()).isFalse();
            assertThat(element(".qr svg").isDisplayed()).isTrue();
            typeAndEnter("oneTimeCode", Oathtool.totp(keyOnThePage(), Instant.now()));

            assertThat(path()).isEqualTo(CODES_PAGE);
            assertThat(element("button[data-copy=recovery-codes]").isDisplayed()).isFalse();
            assertThat(element("button[data-print]").isDisplayed()).isFalse();
            assertThat(element("#download-codes").isDisplayed()).isTrue();
            assertThat(browserSession().get(DOWNLOAD).status()).isEqualTo(200);
            confirmSaved();
            assertThat(status()).isEqualTo("On");
        } finally {
            chromium.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void theCheckboxIsRequiredBeforeGoingOn() {
        aliceOnTheTwoFactorPage();
        enroll("Phone");

        WebElement box = element("#savedCodes");
        assertThat(box.getAttribute("required")).isNotNull();
        assertThat(label("savedCodes")).isEqualTo("I have saved my recovery codes");
        element("form[action$='/recovery-codes/saved'] button[type=submit]").click();
        assertThat(path()).as("the browser does not send the form unticked").isEqualTo(CODES_PAGE);

        assertThat(browserSession().submitForm(CODES_PAGE, CODES_PAGE + "/saved", Map.of()).status())
                .as("nor does the server accept it").isEqualTo(400);
    }

    @Test
    void awkwardInputsToTheFormsAreFormErrorsOrRedirectsNeverServerErrors() {
        aliceOnTheTwoFactorPage();
        HttpSession alice = browserSession();
        String setup = "/account/two-factor/setup";

        HttpSession.Response longName = alice.submitForm(setup, setup,
                Map.of("currentPassword", TestUsers.USER_PASSWORD, "authenticatorName", "x".repeat(10_000)));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.body()).contains("Enter at most 64 characters.");
        HttpSession.Response bell = alice.submitForm(setup, setup,
                Map.of("currentPassword", TestUsers.USER_PASSWORD, "authenticatorName", "Phone\u0007"));
        assertThat(bell.body()).contains("Contains characters that are not allowed.");
        assertThat(alice.submitForm(setup, setup, Map.of()).status()).as("no fields at all").isEqualTo(400);
        assertThat(alice.submitForm(setup, setup, Map.of("currentPassword", "p".repeat(10_000))).body())
                .contains("The current password is wrong.");

        assertThat(alice.submitForm(setup, setup, Map.of("currentPassword", TestUsers.USER_PASSWORD)).location())
                .endsWith("/account/two-factor/setup/app");
        for (String code : List.of("9".repeat(10_000), "\u0661\u0662\u0663\u0664\u0665\u0666", "+12345", "", "12345\uD800")) {
            HttpSession.Response answer = alice.submitForm(setup + "/app", setup + "/app", Map.of("oneTimeCode", code));
            assertThat(answer.status()).as("code of %d characters", code.length()).isEqualTo(400);
            assertThat(answer.body()).contains("The code does not match.");
        }

        String noSuchId = "/account/two-factor/authenticators/" + "x".repeat(2_000) + "/remove";
        assertThat(alice.get(noSuchId).status()).isEqualTo(302);
        assertThat(alice.submitForm(OVERVIEW, noSuchId, Map.of("currentPassword", TestUsers.USER_PASSWORD,
                "oneTimeCode", "123456")).status()).isEqualTo(302);
        assertThat(alice.get(CODES_PAGE).status()).as("no codes to show").isEqualTo(302);
        assertThat(alice.get(DOWNLOAD).status()).isEqualTo(303);
    }

    private List<String> problemsOn(String page) {
        consoleMessages();
        open(page);
        return problemsOnThisPage(page);
    }

    /**
     * Policy violations, and any error a script of the page logged. Not the note Chromium logs for
     * every answer with an error status: a form sent back with its errors is a 400 on purpose.
     */
    private List<String> problemsOnThisPage(String page) {
        return browser().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getMessage().contains("Content Security Policy")
                        || (entry.getLevel() == Level.SEVERE && !entry.getMessage().contains("Failed to load resource")))
                .map(entry -> page + ": " + entry.getMessage())
                .collect(Collectors.toList());
    }

    /** Empties the browser's buffer of console messages. */
    private List<String> consoleMessages() {
        return browser().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }
}
