package org.symbolon.server.e2e;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.server.testing.TestUsers;

/** The audit pages in the browser, on a log of more than one page; subclasses drive them in one language each. */
abstract class AuditLogBrowserTest extends BrowserTest {

    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    /** More than one page of 50. */
    static final int ALICES_EVENTS = 63;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    SecurityEventLog log;

    @BeforeEach
    void events() {
        TestUsers.admin(accounts, "root");
        long alice = TestUsers.user(accounts, "alice").id();
        long bob = TestUsers.user(accounts, "bob").id();
        for (int i = 0; i < ALICES_EVENTS; i++) {
            // Pairs of events share a second, so that page borders fall between equal times.
            log.record(new SecurityEvent(SecurityEventType.SECOND_FACTOR_FAILED, alice, "alice", T.plusSeconds(i / 2),
                    new ClientInfo("192.0.2.10", "Firefox/140"), "WRONG_CODE"));
        }
        log.record(new SecurityEvent(SecurityEventType.TOTP_ENROLLED, bob, "bob", T.plusSeconds(3_600),
                new ClientInfo("192.0.2.20", "Chromium"), null));
        log.record(new SecurityEvent(SecurityEventType.TWO_FACTOR_RULE_CHANGED, bob, "bob", T.plusSeconds(7_200),
                new ClientInfo("198.51.100.1", "Firefox/140"), "EXEMPT", "root"));
    }

    protected java.util.List<WebElement> rows() {
        return browser().findElements(By.cssSelector("table.audit tbody tr"));
    }
}
