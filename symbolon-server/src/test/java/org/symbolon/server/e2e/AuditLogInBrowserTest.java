package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.symbolon.server.testing.TestUsers;

/** An administrator reads the audit log: paging by keyset, filtering, and a filter typed wrong. */
class AuditLogInBrowserTest extends AuditLogBrowserTest {

    @Test
    void olderAndNewerPagesShowEveryEventOnceNewestFirst() {
        signIn("root", TestUsers.ADMIN_PASSWORD);
        follow(browser().findElement(By.linkText("Audit log")));

        assertThat(path()).isEqualTo("/admin/audit");
        assertThat(heading()).isEqualTo("Audit log");
        assertThat(element("table.audit caption").getText()).isEqualTo("Security events, newest first");
        assertThat(texts("table.audit thead th")).containsExactly("Time (UTC)", "Event", "User", "By", "IP address",
                "Browser", "Detail");
        assertThat(rows()).hasSize(50);
        assertThat(texts("table.audit tbody tr:first-child td").subList(0, 4))
                .containsExactly("2026-03-01T12:00:00Z", "Two-factor rule of the user changed\nExempt from two-factor authentication",
                        "bob", "root");
        assertThat(browser().findElements(By.linkText("Newer events"))).isEmpty();
        // Two events happened at 10:00:07: the page border falls between them.
        String border = "2026-03-01T10:00:07Z";
        assertThat(texts("table.audit tbody tr td:first-child")).last().isEqualTo(border);
        assertThat(texts("table.audit tbody tr td:first-child")).filteredOn(border::equals).hasSize(1);

        follow(browser().findElement(By.linkText("Older events")));
        assertThat(rows()).hasSize(ALICES_EVENTS + 2 - 50);
        assertThat(texts("table.audit tbody tr td:first-child")).first().isEqualTo(border);
        assertThat(texts("table.audit tbody tr td:first-child")).filteredOn(border::equals).hasSize(1);
        assertThat(texts("table.audit tbody tr td:first-child")).last().isEqualTo("2026-03-01T10:00:00Z");
        assertThat(browser().findElements(By.linkText("Older events"))).isEmpty();

        follow(browser().findElement(By.linkText("Newer events")));
        assertThat(rows()).hasSize(50);
        assertThat(texts("table.audit tbody tr td:first-child")).first().isEqualTo("2026-03-01T12:00:00Z");
    }

    @Test
    void filteringByUserAndEventShowsTheExemptionInRedAndInWords() {
        signIn("root", TestUsers.ADMIN_PASSWORD);
        open("/admin/audit");
        assertThat(label("user")).isEqualTo("User");
        assertThat(label("type")).isEqualTo("Event");
        assertThat(label("from")).isEqualTo("From");
        assertThat(label("to")).isEqualTo("To");

        type("user", "BOB");
        new Select(element("#type")).selectByVisibleText("Two-factor rule of the user changed");
        type("from", "2026-03-01");
        typeAndEnter("to", "2026-03-01");

        assertThat(rows()).hasSize(1);
        WebElement exempt = element("table.audit tbody tr");
        assertThat(exempt.getAttribute("class")).isEqualTo("exempt");
        assertThat(exempt.findElement(By.cssSelector(".flag")).getText()).isEqualTo("Exempt from two-factor authentication");
        assertThat(exempt.findElement(By.cssSelector("td")).getCssValue("border-left-color")).isEqualTo("rgba(179, 38, 30, 1)");
        assertThat(element("#user").getAttribute("value")).isEqualTo("BOB");
        assertThat(new Select(element("#type")).getFirstSelectedOption().getText())
                .isEqualTo("Two-factor rule of the user changed");
    }

    @Test
    void aDateTypedAsPeopleWriteItIsRefusedOnItsField() {
        signIn("root", TestUsers.ADMIN_PASSWORD);
        open("/admin/audit");

        typeAndEnter("from", "01.03.2026");

        assertThat(texts(".error-summary li")).containsExactly(
                "From: Enter a date as YYYY-MM-DD, or an instant such as 2026-03-01T10:00:00Z.");
        assertThat(element("#from").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(element("#from").getAttribute("aria-describedby")).isEqualTo("from-hint from-error");
        assertThat(element("#from").getAttribute("value")).isEqualTo("01.03.2026");
        assertThat(browser().findElements(By.cssSelector("table.audit"))).isEmpty();

        follow(browser().findElement(By.linkText("Clear the filter")));
        assertThat(rows()).hasSize(50);
    }
}
