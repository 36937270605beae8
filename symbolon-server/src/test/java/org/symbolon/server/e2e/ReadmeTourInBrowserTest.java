package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.setup.FirstAdminSetup;

/**
 * Walks the README's "five-minute tour" and keeps a screenshot of each step in target/tour/, so the
 * README's pictures (docs/images/tour/) can be made again from the pages as they are.
 */
class ReadmeTourInBrowserTest extends BrowserTest {

    private static final String ADMIN_PASSWORD = "quiet-meadow-copper-engine";
    private static final String USER_PASSWORD = "amber-orchard-whistle-42";

    /** Small enough for a README column, large enough to read the labels without zooming. */
    private static final Dimension VIEWPORT = new Dimension(1100, 800);

    @Autowired
    FirstAdminSetup setup;

    @Test
    void theTourOfTheReadmeShowsEveryPageItDescribes() throws IOException {
        showPagesAt(VIEWPORT);

        open("/setup?token=" + setup.issue().secret());
        assertThat(heading()).isEqualTo("Create the first administrator");
        type("username", "mara");
        type("displayName", "Mara Lindqvist");
        type("email", "mara.lindqvist@example.org");
        type("password", ADMIN_PASSWORD);
        screenshot("01-setup.png");

        typeAndEnter("password", ADMIN_PASSWORD);
        awaitPath("/admin/users");
        assertThat(heading()).isEqualTo("Users");
        assertThat(texts("p.notice")).containsExactly("Welcome. Your administrator account is ready.");
        assertThat(texts("tbody td a")).containsExactly("mara");
        screenshot("02-users.png");

        follow(browser().findElement(By.linkText("Create user")));
        assertThat(path()).isEqualTo("/admin/users/new");
        assertThat(heading()).isEqualTo("Create user");
        type("username", "jonas");
        type("displayName", "Jonas Weber");
        type("email", "jonas.weber@example.org");
        type("password", USER_PASSWORD);
        assertThat(element("input[name=role][value=USER]").isSelected()).isTrue();
        screenshot("03-create-user.png");

        typeAndEnter("password", USER_PASSWORD);
        assertThat(path()).isEqualTo("/admin/users/jonas");
        assertThat(heading()).isEqualTo("Jonas Weber");
        assertThat(texts("p.notice")).containsExactly("The user is created.");
        assertThat(texts("dl.facts dd")).startsWith("jonas", "Jonas Weber", "jonas.weber@example.org", "User", "Active");
        screenshot("04-user.png");

        follow(browser().findElement(By.linkText("My account")));
        assertThat(path()).isEqualTo("/account");
        assertThat(heading()).isEqualTo("My account");
        assertThat(texts("dl.facts dd")).containsExactly("mara", "Administrator");
        assertThat(element("#displayName").getAttribute("value")).isEqualTo("Mara Lindqvist");
        screenshot("05-account.png");

        follow(browser().findElement(By.linkText("Deutsch")));
        assertThat(path()).isEqualTo("/account");
        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(heading()).isEqualTo("Mein Konto");
        assertThat(label("currentPassword")).isEqualTo("Aktuelles Passwort");
        screenshot("06-account-de.png");

        // The README is English, so its last picture is too: the language choice outlives signing out.
        follow(browser().findElement(By.linkText("English")));
        assertThat(pageLanguage()).isEqualTo("en");
        signOut();
        assertThat(path()).isEqualTo("/login");
        signIn("jonas", "not-the-password-of-jonas");
        assertThat(path()).isEqualTo("/login");
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(texts("[role=alert]")).containsExactly("The username or password is wrong.");
        assertThat(element("#username").getAttribute("value")).isEqualTo("jonas");
        screenshot("07-sign-in-error.png");
    }

    /**
     * Sizes the window so that the page itself (what a screenshot shows) has the given size: even
     * headless, Chromium keeps part of the window for its own toolbar.
     */
    private void showPagesAt(Dimension viewport) {
        browser().manage().window().setSize(viewport);
        JavascriptExecutor script = (JavascriptExecutor) browser();
        long width = ((Number) script.executeScript("return window.innerWidth;")).longValue();
        long height = ((Number) script.executeScript("return window.innerHeight;")).longValue();
        browser().manage().window().setSize(new Dimension(
                (int) (2L * viewport.getWidth() - width), (int) (2L * viewport.getHeight() - height)));
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "tour"));
        Files.write(folder.resolve(name), ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));
    }
}
