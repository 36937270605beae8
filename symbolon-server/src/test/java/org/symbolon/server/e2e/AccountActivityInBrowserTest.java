package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.server.testing.TestUsers;

/** "My account → Security activity": a user's own events, and nobody else's. */
class AccountActivityInBrowserTest extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    SecurityEventLog log;

    @Test
    void aUserSeesTheirOwnEventsFromTheAccountPageAndNotOthers() {
        TestUsers.admin(accounts, "root");
        long alice = TestUsers.user(accounts, "alice").id();
        long bob = TestUsers.user(accounts, "bob").id();
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        log.record(new SecurityEvent(SecurityEventType.TOTP_ENROLLED, alice, "alice", t,
                new ClientInfo("192.0.2.10", "Firefox/140"), null));
        log.record(new SecurityEvent(SecurityEventType.TOTP_ENROLLED, bob, "bob", t.plusSeconds(1),
                new ClientInfo("192.0.2.20", "Chromium"), null));
        log.record(new SecurityEvent(SecurityEventType.TWO_FACTOR_RESET, alice, "alice", t.plusSeconds(2),
                new ClientInfo("198.51.100.1", "Firefox/140"), null, "root"));

        signIn("alice", TestUsers.USER_PASSWORD);
        follow(browser().findElement(By.linkText("Show security activity")));

        assertThat(path()).isEqualTo("/account/activity");
        assertThat(heading()).isEqualTo("Security activity");
        assertThat(element("table.audit caption").getText()).isEqualTo("Your security events, newest first");
        assertThat(texts("table.audit thead th")).containsExactly("Time (UTC)", "Event", "By", "IP address", "Browser",
                "Detail");
        assertThat(texts("table.audit tbody tr:nth-child(1) td")).containsExactly("2026-03-01T10:00:02Z",
                "Two-factor authentication reset", "root", "–", "–", "–");
        assertThat(texts("table.audit tbody tr:nth-child(2) td")).containsExactly("2026-03-01T10:00:00Z",
                "Authenticator app set up", "you", "192.0.2.10", "Firefox/140", "–");
        assertThat(texts("table.audit tbody tr")).hasSize(2);
        assertThat(browser().findElements(By.cssSelector("nav.pages"))).isEmpty();
        assertThat(browser().findElements(By.linkText("Audit log"))).as("not an administrator").isEmpty();

        follow(browser().findElement(By.linkText("Back to my account")));
        assertThat(path()).isEqualTo("/account");
    }
}
