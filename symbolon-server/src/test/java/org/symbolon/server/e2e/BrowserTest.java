package org.symbolon.server.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.symbolon.server.testing.ServerTest;

/**
 * A test that drives the real pages of a running server in headless Chromium. One browser serves
 * a whole test class (starting one takes a second); each test begins without cookies, on the
 * fresh schema that {@link ServerTest} gives it.
 */
@ExtendWith(ChromiumAvailable.class)
abstract class BrowserTest extends ServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** Set by the class's @BeforeAll; JUnit runs test classes one after another here. */
    private static HeadlessChromium chromium;

    @RegisterExtension
    static final FailureEvidence EVIDENCE = new FailureEvidence(() -> chromium == null ? null : chromium.driver());

    @BeforeAll
    static void startBrowser(TestInfo info) {
        String language = info.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, BrowserLanguage.class))
                .map(BrowserLanguage::value)
                .orElse("en-US");
        chromium = HeadlessChromium.start(language);
    }

    @AfterAll
    static void quitBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @BeforeEach
    void withoutCookies() {
        chromium.clearCookies();
    }

    protected WebDriver browser() {
        return chromium.driver();
    }

    protected void open(String pathAndQuery) {
        browser().get(baseUrl() + pathAndQuery);
    }

    /** The path of the page the browser shows, without query or fragment. */
    protected String path() {
        return URI.create(browser().getCurrentUrl()).getPath();
    }

    protected void awaitPath(String expected) {
        new WebDriverWait(browser(), PATIENCE).until(driver -> path().equals(expected));
    }

    protected WebElement element(String css) {
        return browser().findElement(By.cssSelector(css));
    }

    protected List<String> texts(String css) {
        return browser().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .collect(Collectors.toList());
    }

    protected String heading() {
        return element("h1").getText();
    }

    /** The text of the label that names the form field with this id. */
    protected String label(String fieldId) {
        return element("label[for='" + fieldId + "']").getText();
    }

    protected String pageLanguage() {
        return element("html").getAttribute("lang");
    }

    /** Clicks into a field and types, as a person does; the field is emptied first. */
    protected void type(String fieldId, String text) {
        WebElement field = browser().findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
    }

    /** Types into the last field and submits the form with Enter; returns once the answer is shown. */
    protected void typeAndEnter(String fieldId, String text) {
        type(fieldId, text);
        WebElement field = browser().findElement(By.id(fieldId));
        field.sendKeys(Keys.ENTER);
        awaitNewPage(field);
    }

    /** Clicks what leads to another page, and returns once that page is shown. */
    protected void follow(WebElement linkOrButton) {
        linkOrButton.click();
        awaitNewPage(linkOrButton);
    }

    /** Waits until an element of the page shown before is gone, that is the next page has loaded. */
    protected void awaitNewPage(WebElement ofPageBefore) {
        new WebDriverWait(browser(), PATIENCE).until(driver -> {
            try {
                ofPageBefore.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                // Chromium says this, not "stale element", when the check falls in the moment the
                // next page replaces the old one.
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw replaced;
            }
        });
    }

    protected void signIn(String username, String password) {
        open("/login");
        type("username", username);
        typeAndEnter("password", password);
    }

    /** Presses the "Sign out" button of the page header. */
    protected void signOut() {
        followWhenReady("header form[action$='/logout'] button");
    }

    /**
     * Clicks the element once the page that has it is settled, then waits for the next page.
     * Looking it up again on each try survives a page that was still being replaced.
     */
    protected void followWhenReady(String css) {
        WebElement clicked = new WebDriverWait(browser(), PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver -> {
                    WebElement target = driver.findElement(By.cssSelector(css));
                    target.click();
                    return target;
                });
        awaitNewPage(clicked);
    }
}
