package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** The audit pages over HTTP: who may open them, and bad filter input as a form error, never a 500. */
class AuditPagesTest extends ServerTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    SecurityEventLog log;

    @BeforeEach
    void accounts() {
        TestUsers.admin(accounts, "root");
        long alice = TestUsers.user(accounts, "alice").id();
        log.record(new SecurityEvent(SecurityEventType.TWO_FACTOR_RULE_CHANGED, alice, "alice",
                Instant.parse("2026-03-01T10:15:30.5Z"), new ClientInfo("198.51.100.1", "Firefox/140"), "EXEMPT", "root"));
    }

    private HttpSession signedIn(String username, String password) {
        HttpSession web = newSession();
        HttpSession.Response response = web.submitForm("/login", "/login", Map.of("username", username, "password", password));
        assertThat(response.status()).isEqualTo(302);
        return web;
    }

    @Test
    void theLogShowsTimesInUtcAndMarksAnExemptionInWords() {
        String page = signedIn("root", TestUsers.ADMIN_PASSWORD).get("/admin/audit").body();

        assertThat(page).contains("<time datetime=\"2026-03-01T10:15:30.500Z\">2026-03-01T10:15:30Z</time>")
                .contains("<tr class=\"exempt\">")
                .contains("Exempt from two-factor authentication")
                .contains("<caption>Security events, newest first</caption>")
                .contains("<th scope=\"col\">Time (UTC)</th>");
    }

    @Test
    void badFilterInputIsAFormErrorOnItsFieldNeverA500() {
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);
        String[][] cases = {
            {"type=SIGNED_IN", "type-error", "Choose an event from the list."},
            {"from=01.03.2026", "from-error", "Enter a date as YYYY-MM-DD"},
            {"to=" + encode("٢٠٢٦-٠٣-٠١"), "to-error", "Enter a date as YYYY-MM-DD"},
            {"from=2026-03-02&to=2026-03-01", "to-error", "Enter an end that is after the start."},
            {"user=" + "a".repeat(3_000), "user-error", "Enter at most 64 characters."},
            {"user=nobody", "user-error", "There is no user with this name."},
            {"user=" + encode("al\u0007ice"), "user-error", "Contains characters that are not allowed."},
        };
        for (String[] bad : cases) {
            HttpSession.Response answer = admin.get("/admin/audit?" + bad[0]);
            String what = bad[0].substring(0, Math.min(40, bad[0].length()));
            assertThat(answer.status()).as(what).isEqualTo(400);
            assertThat(answer.body()).as(what).contains("id=\"" + bad[1] + "\"").contains(bad[2])
                    .contains("class=\"error-summary\"").doesNotContain("<table");
        }
        assertThat(admin.get("/admin/audit?type=SIGNED_IN&from=x&to=y").body())
                .as("every field's problem at once").contains("type-error", "from-error", "to-error");
    }

    @Test
    void aCursorThatNoPageMadeIsABadRequestPage() {
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);

        for (String query : new String[] {"before=xyz", "after=" + "A".repeat(3_000), "before=%FF"}) {
            assertThat(admin.get("/admin/audit?" + query).status()).as(query).isEqualTo(400);
        }
        assertThat(signedIn("alice", TestUsers.USER_PASSWORD).get("/account/activity?after=xyz").status()).isEqualTo(400);
    }

    @Test
    void onlyAdministratorsOpenTheLogAndEveryoneTheirOwnActivity() {
        HttpSession alice = signedIn("alice", TestUsers.USER_PASSWORD);
        assertThat(alice.get("/admin/audit").status()).isEqualTo(403);

        String own = alice.get("/account/activity").body();
        assertThat(own).contains("Exempt from two-factor authentication").contains("root")
                .as("the administrator's address is not the user's").doesNotContain("198.51.100.1")
                .doesNotContain("<th scope=\"col\">User</th>");
        assertThat(alice.get("/account").body()).contains("href=\"/account/activity\"");

        HttpSession.Response anonymous = newSession().get("/account/activity");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
