package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.setup.FirstAdminSetup;
import org.symbolon.server.testing.TestUsers;

/**
 * The pages live with their own Content-Security-Policy (no inline script or style): the browser
 * reports no violation on its console for any of them.
 */
class ContentSecurityPolicyInBrowserTest extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    FirstAdminSetup setup;

    @Test
    void noPageViolatesTheContentSecurityPolicy() {
        List<String> violations = new ArrayList<>();
        violations.addAll(violationsOn("/setup?token=" + setup.issue().secret()));
        TestUsers.admin(accounts, "root");
        TestUsers.user(accounts, "alice");
        violations.addAll(violationsOn("/login"));
        violations.addAll(violationsOn("/login?signedOut"));
        signIn("root", "wrong-password-for-root");
        violations.addAll(violationsOnThisPage("/login after a failed sign-in"));
        signIn("root", TestUsers.ADMIN_PASSWORD);
        for (String page : List.of("/account", "/admin/users", "/admin/users?query=ali", "/admin/users/new",
                "/admin/users/alice", "/no-such-page")) {
            violations.addAll(violationsOn(page));
        }

        assertThat(violations).isEmpty();
    }

    /** Shows that the check above could fail: a style the page adds itself is refused and reported. */
    @Test
    void anInlineStyleWouldBeReportedAsAViolation() {
        open("/login");
        consoleMessages();

        ((JavascriptExecutor) browser()).executeScript(
                "const style = document.createElement('style'); style.textContent = 'h1 { color: red; }';"
                        + "document.head.appendChild(style);");

        assertThat(violationsOnThisPage("/login with an inline style")).isNotEmpty();
    }

    private List<String> violationsOn(String page) {
        consoleMessages();
        open(page);
        return violationsOnThisPage(page);
    }

    private List<String> violationsOnThisPage(String page) {
        return consoleMessages().stream()
                .filter(message -> message.contains("Content Security Policy"))
                .map(message -> page + ": " + message)
                .collect(Collectors.toList());
    }

    /** The console messages since the last call; reading them empties the browser's buffer. */
    private List<String> consoleMessages() {
        return browser().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }
}
