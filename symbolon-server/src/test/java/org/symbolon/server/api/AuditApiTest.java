package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

/**
 * The audit-log endpoints: who may read what, filters, cursor paging, and every bad parameter a
 * 400 with its own code. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AuditApiTest extends ServerTest {

    static final String ADMIN_EVENTS = "/api/v1/admin/audit-events";
    static final String OWN_EVENTS = "/api/v1/account/security-events";
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    SecurityEventLog log;

    long alice;
    long bob;

    @BeforeEach
    void eventsOfTwoUsers() {
        TestUsers.admin(accounts, "root");
        alice = TestUsers.user(accounts, "alice").id();
        bob = TestUsers.user(accounts, "bob").id();
        record(SecurityEventType.TOTP_ENROLLED, alice, "alice", T, null, null);
        record(SecurityEventType.SECOND_FACTOR_FAILED, alice, "alice", T.plusSeconds(60), null, "REPLAYED");
        record(SecurityEventType.SECOND_FACTOR_FAILED, bob, "bob", T.plusSeconds(86_400), null, "WRONG_CODE");
        record(SecurityEventType.TWO_FACTOR_RULE_CHANGED, alice, "alice", T.plusSeconds(2 * 86_400), "root", "EXEMPT");
    }

    private void record(SecurityEventType type, long userId, String name, Instant at, String actor, String detail) {
        String ip = actor == null ? "192.0.2.10" : "198.51.100.1";
        log.record(new SecurityEvent(type, userId, name, at, new ClientInfo(ip, "Firefox/140"), detail, actor));
    }

    private HttpSession signedIn(String username, String password) {
        HttpSession client = newSession();
        assertThat(client.apiSignIn(username, password).status()).isEqualTo(200);
        return client;
    }

    private HttpSession admin() {
        return signedIn("root", TestUsers.ADMIN_PASSWORD);
    }

    @Test
    void anAdministratorReadsEveryEventNewestFirstWithEveryMember() {
        JsonNode answer = admin().get(ADMIN_EVENTS).json();

        assertThat(types(answer)).containsExactly("TWO_FACTOR_RULE_CHANGED", "SECOND_FACTOR_FAILED",
                "SECOND_FACTOR_FAILED", "TOTP_ENROLLED");
        JsonNode newest = answer.get("events").get(0);
        assertThat(newest.get("id").isNumber()).isTrue();
        assertThat(newest.get("occurredAt").asString()).isEqualTo("2026-03-03T10:00:00Z");
        assertThat(newest.get("username").asString()).isEqualTo("alice");
        assertThat(newest.get("actor").asString()).isEqualTo("root");
        assertThat(newest.get("clientIp").asString()).isEqualTo("198.51.100.1");
        assertThat(newest.get("userAgent").asString()).isEqualTo("Firefox/140");
        assertThat(newest.get("detail").asString()).isEqualTo("EXEMPT");
        assertThat(answer.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void filtersByUserInAnyCaseTypeAndDays() {
        HttpSession admin = admin();

        assertThat(types(admin.get(ADMIN_EVENTS + "?user=ALICE&type=second_factor_failed").json()))
                .containsExactly("SECOND_FACTOR_FAILED");
        assertThat(types(admin.get(ADMIN_EVENTS + "?type=TOTP_ENROLLED&type=TWO_FACTOR_RULE_CHANGED").json()))
                .containsExactly("TWO_FACTOR_RULE_CHANGED", "TOTP_ENROLLED");
        assertThat(types(admin.get(ADMIN_EVENTS + "?type=TOTP_ENROLLED,SECOND_FACTOR_FAILED&user=bob").json()))
                .containsExactly("SECOND_FACTOR_FAILED");
        assertThat(types(admin.get(ADMIN_EVENTS + "?from=2026-03-02&to=2026-03-02").json()))
                .as("one whole day").containsExactly("SECOND_FACTOR_FAILED");
        assertThat(types(admin.get(ADMIN_EVENTS + "?from=2026-03-01T10:00:00Z&to=2026-03-01T10:01:00Z").json()))
                .as("from included, to not").containsExactly("TOTP_ENROLLED");
    }

    @Test
    void theCursorWalksEveryEventOnceAndTheLastPageHasNone() {
        HttpSession admin = admin();
        List<String> seen = new ArrayList<>();
        String path = ADMIN_EVENTS + "?limit=1";
        JsonNode page;
        do {
            page = admin.get(path).json();
            page.get("events").forEach(event -> seen.add(event.get("id").asString()));
            path = ADMIN_EVENTS + "?limit=1&cursor=" + page.get("nextCursor").asString();
        } while (!page.get("nextCursor").isNull());

        assertThat(seen).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void aUserReadsOnlyTheirOwnEventsWithoutTheAdministratorsAddress() {
        HttpSession client = signedIn("alice", TestUsers.USER_PASSWORD);

        JsonNode own = client.get(OWN_EVENTS).json();

        assertThat(types(own)).containsExactly("TWO_FACTOR_RULE_CHANGED", "SECOND_FACTOR_FAILED", "TOTP_ENROLLED");
        assertThat(own.get("events").get(0).get("actor").asString()).isEqualTo("root");
        assertThat(own.get("events").get(0).get("clientIp").isNull()).isTrue();
        assertThat(own.get("events").get(1).get("clientIp").asString()).isEqualTo("192.0.2.10");
        assertThat(types(client.get(OWN_EVENTS + "?limit=2").json())).hasSize(2);
    }

    @Test
    void onlyAdministratorsReadTheLogAndOnlySignedInUsersTheirOwn() {
        HttpSession user = signedIn("bob", TestUsers.USER_PASSWORD);
        HttpSession.Response forbidden = user.get(ADMIN_EVENTS);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("code").asString()).isEqualTo("forbidden");

        for (String path : List.of(ADMIN_EVENTS, OWN_EVENTS)) {
            HttpSession.Response anonymous = newSession().get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.json().get("code").asString()).isEqualTo("unauthenticated");
        }
    }

    @Test
    void anUnknownUserIsNotFound() {
        HttpSession.Response answer = admin().get(ADMIN_EVENTS + "?user=nobody");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asString()).isEqualTo("user_not_found");
    }

    @Test
    void everyBadParameterIsA400NamingItNeverA500() {
        HttpSession admin = admin();
        String overlong = "x".repeat(10_000).substring(0, 3_000);
        Object[][] cases = {
            {"type=SIGNED_IN", "type", "not_allowed"},
            {"type=" + encode("TOTP\u0000ENROLLED"), "type", "not_allowed"},
            {"from=2026-02-30", "from", "not_allowed"},
            {"from=" + encode("٢٠٢٦-٠٣-٠١"), "from", "not_allowed"},
            {"to=yesterday", "to", "not_allowed"},
            {"from=2026-03-02&to=2026-03-01", "to", "not_allowed"},
            {"user=" + "a".repeat(65), "user", "too_long"},
            {"user=" + overlong, "user", "too_long"},
            {"user=" + encode("al ice"), "user", "not_allowed"},
            {"user=" + encode("al\u0007ice"), "user", "malformed"},
            {"cursor=not-a-cursor", "cursor", "malformed"},
            {"cursor=" + "A".repeat(3_000), "cursor", "malformed"},
            {"limit=0", "limit", "not_allowed"},
            {"limit=501", "limit", "not_allowed"},
            {"limit=-1", "limit", "not_allowed"},
            {"limit=abc", "limit", "not_allowed"},
            {"limit=" + "9".repeat(3_000), "limit", "not_allowed"},
            {"limit=" + encode("+5"), "limit", "not_allowed"},
            {"limit=" + encode("٥"), "limit", "not_allowed"},
        };
        for (Object[] bad : cases) {
            HttpSession.Response answer = admin.get(ADMIN_EVENTS + "?" + bad[0]);
            String what = String.valueOf(bad[0]).substring(0, Math.min(40, String.valueOf(bad[0]).length()));
            assertThat(answer.status()).as(what).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(what).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = answer.json();
            assertThat(problem.get("code").asString()).as(what).isEqualTo("invalid_audit_query");
            assertThat(problem.get("field").asString()).as(what).isEqualTo(bad[1]);
            assertThat(problem.get("reason").asString()).as(what).isEqualTo(bad[2]);
        }
        HttpSession.Response notUtf8 = admin.get(ADMIN_EVENTS + "?user=%FF");
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.json().get("code").asString()).isEqualTo("malformed_request");
        HttpSession.Response own = signedIn("alice", TestUsers.USER_PASSWORD).get(OWN_EVENTS + "?cursor=xyz&limit=1");
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().get("code").asString()).isEqualTo("invalid_audit_query");
    }

    @Test
    void theOpenApiDocumentDescribesBothEndpointsWithTheirParametersAndNotTheActor() {
        JsonNode paths = newSession().get("/api/openapi.json").json().get("paths");

        List<String> parameters = new ArrayList<>();
        paths.get(ADMIN_EVENTS).get("get").get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
        assertThat(parameters).containsExactly("user", "type", "from", "to", "cursor", "limit");
        assertThat(paths.get(OWN_EVENTS).get("get").get("parameters")).hasSize(2);
        assertThat(paths.get(ADMIN_EVENTS).get("get").get("tags").get(0).asString()).isEqualTo("Admin: audit log");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> types(JsonNode answer) {
        List<String> types = new ArrayList<>();
        answer.get("events").forEach(event -> types.add(event.get("type").asString()));
        return types;
    }
}
