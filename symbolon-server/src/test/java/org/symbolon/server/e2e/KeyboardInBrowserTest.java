package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.TestUsers;

/** The pages work with the keyboard alone (WCAG 2.1.1, and 2.4.1 for the skip link). */
class KeyboardInBrowserTest extends BrowserTest {

    /** More Tab presses than the header of any page has stops. */
    private static final int MOST_TABS = 12;

    @Autowired
    AccountAdministration accounts;

    @Test
    void tabFromTheTopReachesTheSkipLinkFirstAndThenTheUsername() {
        open("/login");
        startFocusAtTheTop();

        press(Keys.TAB);
        WebElement skipLink = focused();
        assertThat(skipLink.getAttribute("class")).contains("skip-link");
        assertThat(skipLink.getText()).isEqualTo("Skip to content");
        assertThat(skipLink.getRect().getX()).as("the focused skip link is on the screen").isGreaterThanOrEqualTo(0);

        assertThat(tabUntilFocused("username")).as("Tab reaches the username field").isTrue();
    }

    @Test
    void signingInWorksWithTheKeyboardAlone() {
        TestUsers.user(accounts, "alice");
        open("/login");
        startFocusAtTheTop();
        assertThat(tabUntilFocused("username")).isTrue();
        WebElement username = focused();

        new Actions(browser()).sendKeys("alice").sendKeys(Keys.TAB).sendKeys(TestUsers.USER_PASSWORD)
                .sendKeys(Keys.ENTER).perform();
        awaitNewPage(username);

        assertThat(path()).isEqualTo("/account");
        assertThat(heading()).isEqualTo("My account");
    }

    @Test
    void theSkipLinkTakesTheFocusPastTheHeader() {
        TestUsers.user(accounts, "alice");
        signIn("alice", TestUsers.USER_PASSWORD);
        startFocusAtTheTop();

        press(Keys.TAB);
        assertThat(focused().getAttribute("class")).contains("skip-link");
        press(Keys.ENTER);
        press(Keys.TAB);

        assertThat(focused().getAttribute("id")).as("the first field of the page's content").isEqualTo("displayName");
    }

    /**
     * Puts the browser's focus at the top of the page, as when it comes from the address bar.
     * The login page's autofocus starts at the username instead, and Chromium goes on from a
     * field that merely lost the focus; a click on the empty top left corner of the page moves
     * its starting point there.
     */
    private void startFocusAtTheTop() {
        ((JavascriptExecutor) browser()).executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
        new Actions(browser()).moveToLocation(2, 2).click().perform();
    }

    private boolean tabUntilFocused(String id) {
        for (int presses = 0; presses < MOST_TABS; presses++) {
            if (id.equals(focused().getAttribute("id"))) {
                return true;
            }
            press(Keys.TAB);
        }
        return id.equals(focused().getAttribute("id"));
    }

    private void press(CharSequence key) {
        new Actions(browser()).sendKeys(key).perform();
    }

    private WebElement focused() {
        return browser().switchTo().activeElement();
    }
}
