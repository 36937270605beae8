package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.symbolon.server.web.EnrolledAccount;

/**
 * Every administrators' page of 3/4 in Chromium: nothing the Content Security Policy refuses,
 * a name for every control that a screen reader announces, one h1, and tables with a caption
 * and header cells.
 */
class AdminPagesQualityInBrowserTest extends AdminPagesInBrowserTest {

    @Test
    void everyAdminPageKeepsThePolicyAndNamesEveryControl() {
        EnrolledAccount.user(accounts, enrollment, "alice");
        rootSignsIn();
        open("/admin/groups");
        element("#requiresTwoFactor-box").click();
        typeAndEnter("groupName", "Sales");
        typeAndEnter("username", "alice");
        consoleMessages();

        List<String> problems = new ArrayList<>();
        for (String page : List.of("/admin/settings", "/admin/groups", "/admin/groups/Sales", "/admin/users",
                "/admin/users/alice", "/admin/users/alice/two-factor/reset", "/admin/users/root")) {
            open(page);
            problems.addAll(problemsOfThisPage(page));
        }
        open("/admin/users/alice");
        follow(button("Issue a one-time bypass code"));
        problems.addAll(problemsOfThisPage("the bypass code"));
        open("/admin/settings");
        element("#method-TOTP").click();
        follow(button("Save settings"));
        problems.addAll(problemsOfThisPage("the settings with an error"));

        assertThat(problems).isEmpty();
    }

    private List<String> problemsOfThisPage(String page) {
        List<String> problems = new ArrayList<>();
        consoleMessages().stream().filter(message -> message.contains("Content Security Policy"))
                .forEach(message -> problems.add(page + ": " + message));
        if (browser().findElements(By.tagName("h1")).size() != 1) {
            problems.add(page + ": not exactly one h1");
        }
        for (WebElement control : browser().findElements(By.cssSelector("main input:not([type=hidden]), main select, main button"))) {
            if (control.getAccessibleName().isBlank()) {
                problems.add(page + ": a " + control.getTagName() + " named " + control.getAttribute("name") + " has no name");
            }
        }
        for (WebElement table : browser().findElements(By.cssSelector("main table"))) {
            if (table.findElements(By.tagName("caption")).isEmpty() || table.findElements(By.cssSelector("th[scope]")).isEmpty()) {
                problems.add(page + ": a table without caption or header cells");
            }
        }
        return problems;
    }

    /** The console messages since the last call; reading them empties the browser's buffer. */
    private List<String> consoleMessages() {
        return browser().manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }
}
