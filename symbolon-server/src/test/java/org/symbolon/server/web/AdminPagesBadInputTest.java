package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.symbolon.server.testing.HttpSession;

/**
 * Every field of every administrators' form of 3/4, tried with every awkward value: the answer is
 * a 4xx page (with the field's error where there is a form to show it), never a 500 or a stack
 * trace, and nothing in the database changes. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class AdminPagesBadInputTest extends AdminPageTest {

    /** Name of the case → already URL-encoded form value. */
    private static final Map<String, String> AWKWARD = awkward();

    /** Fields for which an empty value is a valid choice ("as configured", an unticked box). */
    private static final Set<String> EMPTY_ALLOWED = Set.of("serviceName", "requiresTwoFactor");

    /** Free text, where a plus sign or digits of any script are fine; those cases are meant for numbers and choices. */
    private static final Set<String> FREE_TEXT = Set.of("serviceName", "groupName", "username");

    private static final Set<String> NUMBER_CASES = Set.of("leading plus", "non-ASCII digits");

    private static Map<String, String> awkward() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        values.put("10,000 characters", "x".repeat(10_000));
        values.put("invalid UTF-8 bytes", "%FF%FE%C3%28");
        values.put("lone surrogate as CESU bytes", "%ED%A0%80");
        values.put("control character", "a%00b");
        values.put("leading plus", "%2B1");
        values.put("non-ASCII digits", URLEncoder.encode("١٢", StandardCharsets.UTF_8));
        return values;
    }

    @Test
    void settingsForm() {
        HttpSession root = rootSignedIn();
        tryForm(root, "/admin/settings", "/admin/settings", List.of(
                "allowedMethods", "TOTP", "allowedMethods", "RECOVERY_CODE", "requirement", "REQUIRED_FOR_ALL",
                "graceDays", "7", "serviceName", "Example", "totpDefaults", "CHOSEN", "totpAlgorithm", "SHA256",
                "totpDigits", "8", "totpPeriod", "60"));
    }

    @Test
    void settingsValuesOutOfRange() {
        HttpSession root = rootSignedIn();
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("graceDays", "-1");
        wrong.put("graceDays ", "366");
        wrong.put("graceDays  ", "abc");
        wrong.put("graceDays   ", "1e2");
        wrong.put("requirement", "REQUIRED_FOR_NOBODY");
        wrong.put("totpDigits", "7");
        wrong.put("totpPeriod", "31");
        wrong.put("totpAlgorithm", "MD5");
        wrong.put("totpDefaults", "SOMETIMES");
        wrong.put("allowedMethods", "BYPASS_CODE");
        wrong.put("serviceName", "x".repeat(65));
        var before = snapshot();
        for (var entry : wrong.entrySet()) {
            Map<String, String> fields = new LinkedHashMap<>(Map.of("allowedMethods", "TOTP", "requirement", "OPTIONAL",
                    "graceDays", "0", "serviceName", "", "totpDefaults", "CHOSEN", "totpAlgorithm", "SHA1",
                    "totpDigits", "6", "totpPeriod", "30"));
            String field = entry.getKey().strip();
            fields.put(field, entry.getValue());
            HttpSession.Response answer = post(root, "/admin/settings", "/admin/settings", flat(fields));
            soft.assertThat(answer.status()).as(field + " = " + entry.getValue()).isEqualTo(400);
            soft.assertThat(answer.body()).as(field).contains("id=\"" + field + "-error\"", "href=\"#" + field + "\"");
        }
        soft.assertThat(snapshot()).isEqualTo(before);
        soft.assertAll();
    }

    @Test
    void groupForms() {
        user("alice");
        HttpSession root = rootSignedIn();
        post(root, "/admin/groups", "/admin/groups", "groupName", "Sales");
        post(root, "/admin/groups/Sales", "/admin/groups/Sales/members", "username", "root");
        tryForm(root, "/admin/groups", "/admin/groups", List.of("groupName", "Ops", "requiresTwoFactor", "true"));
        tryForm(root, "/admin/groups/Sales", "/admin/groups/Sales/members", List.of("username", "alice"));
        tryForm(root, "/admin/groups/Sales", "/admin/groups/Sales/members/remove", List.of("username", "root"));
        tryForm(root, "/admin/groups/Sales", "/admin/groups/Sales/requirement", List.of("requiresTwoFactor", "true"));
    }

    @Test
    void userHelpForms() {
        user("alice");
        HttpSession root = rootSignedIn();
        tryForm(root, "/admin/users/alice", "/admin/users/alice/two-factor/rule", List.of("rule", "EXEMPT"));
        tryForm(root, "/admin/users/alice", "/admin/users/alice/bypass-code", List.of("hours", "4"));
        tryForm(root, "/admin/users/alice", "/admin/users/alice/password", List.of("newPassword", "amber-falcon-river-stone"));
    }

    @Test
    void bypassHoursOutOfRange() {
        user("alice");
        HttpSession root = rootSignedIn();
        var before = snapshot();
        for (String hours : new String[] {"0", "25", "abc", "-1", "24.0", "0x10", "1e1"}) {
            HttpSession.Response answer = post(root, "/admin/users/alice", "/admin/users/alice/bypass-code", "hours", hours);
            assertThat(answer.status()).as(hours).isEqualTo(400);
            assertThat(answer.body()).contains("id=\"hours-error\"");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void everyPageRendersOnThisDatabase() {
        user("alice");
        HttpSession root = rootSignedIn();
        post(root, "/admin/groups", "/admin/groups", "groupName", "Sales", "requiresTwoFactor", "true");
        post(root, "/admin/groups/Sales", "/admin/groups/Sales/members", "username", "alice");
        post(root, "/admin/users/alice", "/admin/users/alice/two-factor/rule", "rule", "EXEMPT");
        for (String page : new String[] {"/admin/users", "/admin/users?query=ali", "/admin/users/alice", "/admin/users/root",
                "/admin/groups", "/admin/groups/Sales", "/admin/settings", "/admin/users/root/two-factor/reset"}) {
            HttpSession.Response answer = root.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertNoTrace(answer);
        }
        assertThat(root.get("/admin/users/alice").body()).contains("Added to a group", "Two-factor rule of the user changed");
    }

    /** Replaces each field in turn by each awkward value; the others keep their valid values. */
    private void tryForm(HttpSession client, String page, String action, List<String> valid) {
        SoftAssertions soft = new SoftAssertions();
        for (int index = 0; index < valid.size(); index += 2) {
            String field = valid.get(index);
            for (var bad : AWKWARD.entrySet()) {
                if (bad.getKey().equals("empty") && EMPTY_ALLOWED.contains(field)
                        || NUMBER_CASES.contains(bad.getKey()) && FREE_TEXT.contains(field)) {
                    continue;
                }
                var before = snapshot();
                List<String> body = new ArrayList<>();
                for (int other = 0; other < valid.size(); other += 2) {
                    String value = other == index ? bad.getValue()
                            : URLEncoder.encode(valid.get(other + 1), StandardCharsets.UTF_8);
                    body.add(valid.get(other) + "=" + value);
                }
                body.add("_csrf=" + csrfOf(client.get(page).body()));
                String description = "POST " + action + " " + field + " = " + bad.getKey();
                HttpSession.Response answer = client.postRawForm(action, String.join("&", body));
                soft.assertThat(answer.status()).as(description).isBetween(400, 499);
                soft.assertThat(answer.body()).as(description).doesNotContain("Exception", "at org.");
                soft.assertThat(snapshot()).as(description + " leaves the database unchanged").isEqualTo(before);
            }
        }
        soft.assertAll();
    }

    private static String[] flat(Map<String, String> fields) {
        List<String> flat = new ArrayList<>();
        fields.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        return flat.toArray(String[]::new);
    }

    /** What an administrator's form could write. */
    private List<Object> snapshot() {
        return List.of(
                jdbc.sql("SELECT id, username, role, state, password_hash, two_factor_rule, must_change_password"
                        + " FROM users ORDER BY id").query().listOfRows(),
                jdbc.sql("SELECT * FROM instance_policy").query().listOfRows(),
                jdbc.sql("SELECT id, name, requires_two_factor FROM user_groups ORDER BY id").query().listOfRows(),
                jdbc.sql("SELECT group_id, user_id FROM group_members ORDER BY group_id, user_id").query().listOfRows(),
                jdbc.sql("SELECT user_id, code_hash FROM bypass_codes ORDER BY user_id").query().listOfRows(),
                jdbc.sql("SELECT COUNT(*) FROM security_events").query(Long.class).single());
    }
}
