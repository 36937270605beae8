package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.TestUsers;

/** Mistakes during the set-up, new recovery codes, and taking authenticators away. */
class TwoFactorManagementInBrowserTest extends TwoFactorInBrowserTest {

    private static final String PASSWORD_OR_CODE = "The password or the code is wrong.";

    @Test
    void aWrongPasswordAtTheStartIsMarkedOnThatFieldAndTheNameIsKept() {
        aliceOnTheTwoFactorPage();
        open("/account/two-factor/setup");
        type("currentPassword", "not-the-password-of-alice");
        typeAndEnter("authenticatorName", "Phone");

        assertThat(path()).isEqualTo("/account/two-factor/setup");
        assertThat(element("#currentPassword-error").getText()).isEqualTo("The current password is wrong.");
        assertThat(element("#currentPassword").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element("#authenticatorName").getAttribute("value")).isEqualTo("Phone");
        assertThat(browser().findElements(By.id("totp-key"))).isEmpty();
    }

    @Test
    void aWrongCodeIsMarkedOnTheFieldAndTheSameKeyStaysOnThePageUntilTheRightOne() {
        aliceOnTheTwoFactorPage();
        startSetUp("Phone");
        String key = keyOnThePage();

        typeAndEnter("oneTimeCode", aWrongCode(key));

        assertThat(path()).isEqualTo("/account/two-factor/setup/app");
        assertThat(element("#oneTimeCode-error").getText()).startsWith("The code does not match. Check that your phone's clock is right");
        assertThat(element("#oneTimeCode").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element("#oneTimeCode").getAttribute("aria-describedby")).isEqualTo("oneTimeCode-hint oneTimeCode-error");
        assertThat(texts(".error-summary li")).hasSize(1);
        assertThat(keyOnThePage()).isEqualTo(key);
        open(OVERVIEW);
        assertThat(status()).as("not active before the right code").isEqualTo("Off");

        open("/account/two-factor/setup/app");
        assertThat(keyOnThePage()).as("a reload shows the same key").isEqualTo(key);
        typeAndEnter("oneTimeCode", Oathtool.totp(key, Instant.now()));
        assertThat(path()).isEqualTo(CODES_PAGE);
    }

    @Test
    void turningOffRefusesAWrongPasswordAndAWrongCodeWithOneMessage() {
        aliceOnTheTwoFactorPage();
        Enrolled enrolled = enroll("Phone");
        confirmSaved();
        follow(linkText("Turn off two-factor authentication"));

        type("currentPassword", "not-the-password-of-alice");
        typeAndEnter("oneTimeCode", enrolled.recoveryCodes().get(0));
        String wrongPassword = element("main").getText();
        assertThat(texts(".error-summary li")).containsExactly("Current password: " + PASSWORD_OR_CODE);

        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("oneTimeCode", "zzzz-zzzz-zzzz-zzzz");
        assertThat(texts(".error-summary li")).containsExactly("Current password: " + PASSWORD_OR_CODE);
        assertThat(element("main").getText()).isEqualTo(wrongPassword);

        open(OVERVIEW);
        assertThat(status()).isEqualTo("On");
        follow(linkText("Turn off two-factor authentication"));
        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("oneTimeCode", enrolled.app().nextCode());
        assertThat(status()).isEqualTo("Off");
    }

    @Test
    void newRecoveryCodesReplaceTheOldSetAndStayUntilConfirmedAsSaved() {
        aliceOnTheTwoFactorPage();
        List<String> old = enroll("Phone").recoveryCodes();
        confirmSaved();

        follow(linkText("New recovery codes"));
        typeAndEnter("currentPassword", "not-the-password-of-alice");
        assertThat(element("#currentPassword-error").getText()).isEqualTo("The current password is wrong.");
        typeAndEnter("currentPassword", TestUsers.USER_PASSWORD);

        assertThat(path()).isEqualTo(CODES_PAGE);
        assertThat(texts("p.notice")).containsExactly("Your new recovery codes are ready; the old ones no longer work.");
        List<String> fresh = texts("#recovery-codes li");
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);

        open(OVERVIEW);
        assertThat(texts("p.notice")).singleElement().asString()
                .startsWith("You have not yet confirmed that you saved your new recovery codes.");
        follow(linkText("Show the codes"));
        assertThat(texts("#recovery-codes li")).isEqualTo(fresh);
        confirmSaved();

        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        follow(linkText("Try another way"));
        follow(linkText("One of your recovery codes"));
        typeAndEnter("recovery-code", old.get(0));
        assertThat(texts("[role=alert]")).containsExactly("This recovery code is wrong or was used already.");
        typeAndEnter("recovery-code", fresh.get(0));
        assertThat(path()).isEqualTo("/account");
    }

    @Test
    void removingTheLastAuthenticatorTurnsTwoFactorOff() {
        aliceOnTheTwoFactorPage();
        enroll("Phone");
        confirmSaved();
        List<String> codes = enroll("Nitrokey").recoveryCodes();
        confirmSaved();
        assertThat(texts("tbody th")).containsExactly("Phone", "Nitrokey");

        follow(removeLink("Phone"));
        assertThat(heading()).isEqualTo("Remove an authenticator app");
        assertThat(element("main").getText()).contains("Remove “Phone”?");
        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("oneTimeCode", codes.get(0));
        assertThat(texts("p.notice")).containsExactly("The authenticator app is removed.");
        assertThat(texts("tbody th")).containsExactly("Nitrokey");

        follow(removeLink("Nitrokey"));
        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("oneTimeCode", codes.get(1));
        assertThat(texts("p.notice")).singleElement().asString().contains("It was the last app or token");
        assertThat(status()).isEqualTo("Off");
    }

    /** The "Remove" link of one authenticator, found by its accessible name as a screen reader reads it. */
    private WebElement removeLink(String name) {
        return browser().findElements(By.cssSelector("tbody a[href$='/remove']")).stream()
                .filter(link -> link.getAccessibleName().equals("Remove " + name))
                .findFirst().orElseThrow(() -> new AssertionError("no Remove link named for " + name));
    }
}
