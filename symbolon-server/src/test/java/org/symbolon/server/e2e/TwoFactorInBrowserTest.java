package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.TestUsers;

/**
 * What the tests of the two-factor pages share: setting up an authenticator app the way a person
 * does, reading the key off the page and typing the code that oathtool (not our generator) makes.
 */
abstract class TwoFactorInBrowserTest extends BrowserTest {

    static final Pattern RECOVERY_CODE = Pattern.compile("[0-9a-z]{4}(-[0-9a-z]{4}){3}");
    static final String OVERVIEW = "/account/two-factor";
    static final String CODES_PAGE = "/account/two-factor/recovery-codes";
    static final String DOWNLOAD = "/account/two-factor/recovery-codes/download";

    @Autowired
    AccountAdministration accounts;

    /** The app that read the key off the page, and the recovery codes shown after the set-up. */
    record Enrolled(AuthenticatorApp app, List<String> recoveryCodes) {

        String key() {
            return app.key();
        }
    }

    /** A signed-in alice, on the two-factor page. */
    void aliceOnTheTwoFactorPage() {
        TestUsers.user(accounts, "alice");
        signIn("alice", TestUsers.USER_PASSWORD);
        open(OVERVIEW);
    }

    /** Step one of the set-up: the password and a name. Ends on step two. */
    void startSetUp(String name) {
        open("/account/two-factor/setup");
        type("currentPassword", TestUsers.USER_PASSWORD);
        typeAndEnter("authenticatorName", name);
        assertThat(path()).isEqualTo("/account/two-factor/setup/app");
    }

    /** The key of step two as a person reads it, without the spaces that group it. */
    String keyOnThePage() {
        return element("#totp-key").getText().replace(" ", "");
    }

    /** The whole set-up; ends on the recovery codes page. */
    Enrolled enroll(String name) {
        startSetUp(name);
        AuthenticatorApp app = new AuthenticatorApp(keyOnThePage());
        typeAndEnter("oneTimeCode", app.nextCode());
        assertThat(path()).isEqualTo(CODES_PAGE);
        List<String> codes = texts("#recovery-codes li");
        assertThat(codes).hasSize(10).allMatch(code -> RECOVERY_CODE.matcher(code).matches());
        return new Enrolled(app, codes);
    }

    /** Ticks "I have saved my recovery codes" and continues; ends on the two-factor page. */
    void confirmSaved() {
        element("#savedCodes").click();
        follow(element("form[action$='/recovery-codes/saved'] button[type=submit]"));
        assertThat(path()).isEqualTo(OVERVIEW);
    }

    /** "On" or "Off", as the two-factor page says. */
    String status() {
        return element("#two-factor-status strong").getText();
    }

    /** The link or button with exactly this text. */
    WebElement linkText(String text) {
        return browser().findElement(By.linkText(text));
    }

    /**
     * An HTTP client with the browser's cookies (the session, and the CSRF token's): Chromium's
     * headless downloads are awkward to inspect.
     */
    HttpSession browserSession() {
        assertThat(browser().manage().getCookieNamed("SYMBOLON_SESSION")).as("the browser's session cookie").isNotNull();
        HttpSession session = newSession();
        for (Cookie cookie : browser().manage().getCookies()) {
            session.setCookie(cookie.getName(), cookie.getValue());
        }
        return session;
    }

    /** A six-digit code that the key does not make anywhere near now, for a wrong try. */
    static String aWrongCode(String key) {
        Instant now = Instant.now();
        Set<String> near = IntStream.rangeClosed(-12, 12)
                .mapToObj(steps -> Oathtool.totp(key, now.plusSeconds(30L * steps)))
                .collect(Collectors.toSet());
        return IntStream.range(0, 10).mapToObj(digit -> String.valueOf(digit).repeat(6))
                .filter(code -> !near.contains(code)).findFirst().orElseThrow();
    }
}
