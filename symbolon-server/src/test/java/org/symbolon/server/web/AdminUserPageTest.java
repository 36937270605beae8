package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.Username;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.factor.SecurityKeyStore;
import org.symbolon.core.factor.StoredSecurityKey;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.SmsFactorStore;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;

/** The administrators' page of one user over HTTP: what it shows, and the help with a second factor. */
class AdminUserPageTest extends AdminPageTest {

    private static final String ALICE = "/admin/users/alice";
    @Autowired
    SecurityEventLog eventLog;

    @Autowired
    EmailFactorStore emailFactors;

    @Autowired
    SmsFactorStore smsFactors;

    @Autowired
    SecurityKeyStore securityKeys;

    private static final Pattern SHOWN_CODE = Pattern.compile("id=\"bypass-code\">([0-9a-z]{4}(?:-[0-9a-z]{4}){3})<");

    @Test
    void thePageShowsTheSecondFactorsTheirStateAndTheNewestEvents() {
        EnrolledAccount.user(accounts, enrollment, "alice");
        HttpSession root = rootSignedIn();
        failSecondStep("alice", 2);

        String page = root.get(ALICE).body();
        assertThat(page)
                .contains("<h2 id=\"two-factor-title\">Two-factor authentication</h2>")
                .containsPattern("id=\"two-factor-status\">On<")
                .containsPattern("id=\"two-factor-rule\"[^>]*>As the settings say<")
                .containsPattern("id=\"two-factor-required\">No<")
                .containsPattern("id=\"recovery-codes-left\">10 left<")
                .containsPattern("id=\"failed-attempts\">2 in a row, the last at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC<")
                .containsPattern("id=\"locked\"[^>]*>No<")
                .containsPattern("id=\"bypass-expiry\">None<")
                .contains("<td>Authenticator app</td>", "<th scope=\"row\">Phone</th>", "Unlock two-factor sign-in",
                        "Reset two-factor authentication…", "Recent security events", "Second factor refused",
                        "Authenticator app set up", "<td>the user</td>")
                .containsPattern("value=\"POLICY\"[^>]*checked");
        assertThat(root.get("/admin/users/nobody").status()).isEqualTo(404);
        assertThat(root.get("/admin/users/" + "x".repeat(2000)).status()).isEqualTo(404);
    }

    @Test
    void keysAndEmailAndSmsFactorsAreListedAndCountAsSecondFactors() {
        long alice = TestUsers.user(accounts, "alice").id();
        emailFactors.add(alice, new EmailAddress("alice@example.com"), Instant.parse("2026-03-04T05:06:00Z"));
        smsFactors.add(alice, new PhoneNumber("+4915112345678"), Instant.parse("2026-03-05T06:07:00Z"));
        securityKeys.add(new StoredSecurityKey(0, "key-1", alice, new byte[] {1, 2, 3}, new byte[] {4, 5, 6}, 0,
                new byte[16], java.util.Set.of("usb"), "YubiKey 5", Instant.parse("2026-03-06T07:08:00Z"), null));

        String page = rootSignedIn().get(ALICE).body();

        assertThat(page).containsPattern("id=\"two-factor-status\">On<")
                .containsPattern("<tr id=\"email-factor\">\\s*<td>E-mail codes</td>\\s*<th scope=\"row\">alice@example.com</th>"
                        + "\\s*<td>2026-03-04 05:06 UTC</td>")
                .containsPattern("<td>Security key</td>\\s*<th scope=\"row\">YubiKey 5</th>\\s*<td>2026-03-06 07:08 UTC</td>"
                        + "\\s*<td>Never</td>")
                .containsPattern("<tr id=\"sms-factor\">\\s*<td>SMS codes</td>\\s*<th scope=\"row\">\\+4915112345678</th>"
                        + "\\s*<td>2026-03-05 06:07 UTC</td>")
                .contains("Reset two-factor authentication…")
                .doesNotContain("No second factor is set up.");
    }

    @Test
    void theTenNewestEventsAreShownNewestFirst() {
        user("alice");
        long aliceId = accounts.find(new Username("alice")).orElseThrow().id();
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        for (int minute = 0; minute < 12; minute++) {
            eventLog.record(new SecurityEvent(SecurityEventType.SECOND_FACTOR_FAILED, aliceId, "alice",
                    start.plusSeconds(60L * minute), new ClientInfo("192.0.2." + minute, "test"), "WRONG_CODE"));
        }
        HttpSession root = rootSignedIn();

        String page = root.get(ALICE).body();
        assertThat(page).contains("The 10 newest events", "2026-01-01T10:11:00Z", "192.0.2.2",
                        "href=\"/admin/audit?user=alice\"", "All events of alice in the audit log")
                .doesNotContain("2026-01-01T10:01:00Z", "192.0.2.1<");
        assertThat(page.indexOf("10:11:00")).isLessThan(page.indexOf("10:10:00"));
    }

    @Test
    void aResetRemovesEveryFactorAfterAQuestionAndIsAudited() {
        EnrolledAccount.user(accounts, enrollment, "alice");
        HttpSession root = rootSignedIn();
        String question = root.get(ALICE + "/two-factor/reset").body();
        assertThat(question).contains("Reset the two-factor authentication of alice? This cannot be undone.",
                "The authenticator app is removed.", "Signing in then needs only the password");

        HttpSession.Response reset = post(root, ALICE + "/two-factor/reset", ALICE + "/two-factor/reset");
        assertThat(follow(root, reset).body())
                .contains("Two-factor authentication is reset")
                .containsPattern("id=\"two-factor-status\">Off<")
                .containsPattern("id=\"recovery-codes-left\">None left<")
                .contains("Two-factor authentication reset", "<td>root</td>");
        assertThat(events("TWO_FACTOR_RESET")).containsExactly("root alice ");
    }

    @Test
    void unlockingClearsTheFailures() {
        EnrolledAccount.user(accounts, enrollment, "alice");
        HttpSession root = rootSignedIn();
        failSecondStep("alice", 1);

        assertThat(follow(root, post(root, ALICE, ALICE + "/two-factor/unlock")).body())
                .contains("Two-factor sign-in is unlocked.")
                .containsPattern("id=\"failed-attempts\">None since the last successful sign-in<")
                .doesNotContain("Unlock two-factor sign-in</button>");
        assertThat(events("SECOND_FACTOR_UNLOCKED")).containsExactly("root alice ");
    }

    @Test
    void aBypassCodeIsShownOnceInTheAnswerNeverStoredAndNeverInAUrl() {
        user("alice");
        HttpSession root = rootSignedIn();
        HttpSession.Response issued = post(root, ALICE, ALICE + "/bypass-code", "hours", "2");

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(issued.header("Location")).isEmpty();
        Matcher shown = SHOWN_CODE.matcher(issued.body());
        assertThat(shown.find()).as(issued.body()).isTrue();
        String code = shown.group(1);
        assertThat(issued.body()).contains("It signs in once, within 2 hours: until ", "It is shown only now");
        String stored = jdbc.sql("SELECT code_hash FROM bypass_codes").query(String.class).single();
        assertThat(stored).doesNotContain(code).doesNotContain(code.replace("-", ""));

        String page = root.get(ALICE).body();
        assertThat(page).containsPattern("id=\"bypass-expiry\">Issued, valid until \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC<")
                .contains("One-time bypass code issued", "valid 2 h").doesNotContain(code);
        assertThat(events("BYPASS_CODE_ISSUED")).containsExactly("root alice valid 2 h");
    }

    @Test
    void hoursOutsideOneToTwentyFourAreRefusedOnTheField() {
        user("alice");
        HttpSession root = rootSignedIn();
        for (String hours : new String[] {"0", "25", "abc", "-1", "", " ", "1.5", "99999999999", "x".repeat(10_000)}) {
            HttpSession.Response refused = post(root, ALICE, ALICE + "/bypass-code", "hours", hours);
            assertThat(refused.status()).as("hours " + hours.length() + ": " + hours.substring(0, Math.min(12, hours.length())))
                    .isEqualTo(400);
            assertThat(refused.body()).contains("Enter a whole number of hours from 1 to 24.", "id=\"hours-error\"",
                    "aria-invalid=\"true\"");
            assertNoTrace(refused);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bypass_codes").query(Long.class).single()).isZero();
        assertThat(events("BYPASS_CODE_ISSUED")).isEmpty();
    }

    @Test
    void theRuleIsSetShownAndTheExemptAreMarkedInTheListInWordsToo() {
        user("alice");
        user("bob");
        HttpSession root = rootSignedIn();
        assertThat(follow(root, post(root, ALICE, ALICE + "/two-factor/rule", "rule", "EXEMPT")).body())
                .contains("The user is now exempt from two-factor authentication.")
                .containsPattern("id=\"two-factor-rule\" class=\"exempt\">Exempt<");
        post(root, "/admin/users/bob", "/admin/users/bob/two-factor/rule", "rule", "required");

        String list = root.get("/admin/users").body();
        assertThat(list).contains("<th scope=\"col\">Two-factor authentication</th>")
                .containsPattern("class=\"two-factor exempt\">\\s*<span>Off</span>\\s*<strong class=\"rule\">Exempt</strong>")
                .containsPattern("class=\"two-factor\">\\s*<span>Off</span>\\s*<strong class=\"rule\">Required</strong>")
                .containsPattern("class=\"two-factor\">\\s*<span>On</span>\\s*</td>");
        assertThat(root.get("/admin/users/bob").body()).containsPattern("id=\"two-factor-required\">Yes<");
        assertThat(events("TWO_FACTOR_RULE_CHANGED")).containsExactly("root alice EXEMPT", "root bob REQUIRED");

        for (String rule : new String[] {"", "NEVER", "x".repeat(10_000)}) {
            assertThat(post(root, ALICE, ALICE + "/two-factor/rule", "rule", rule).status()).isEqualTo(400);
        }
        assertThat(post(root, ALICE, "/admin/users/nobody/two-factor/rule", "rule", "EXEMPT").status()).isEqualTo(404);
    }

    @Test
    void theLastActiveAdministratorCannotBeExemptedDemotedOrDisabled() {
        HttpSession root = rootSignedIn();
        String page = "/admin/users/root";
        assertThat(follow(root, post(root, page, page + "/two-factor/rule", "rule", "EXEMPT")).body())
                .contains("Refused: the last active administrator cannot be exempt from two-factor authentication.")
                .containsPattern("id=\"two-factor-rule\"[^>]*>As the settings say<");
        assertThat(follow(root, post(root, page, page + "/state", "state", "DISABLED")).body())
                .contains("Refused: this would leave no active administrator.");
        assertThat(follow(root, post(root, page, page + "/role", "role", "USER")).body())
                .contains("Refused: this would leave no active administrator.");
        assertThat(events("TWO_FACTOR_RULE_CHANGED")).isEmpty();
    }

    @Test
    void aNewPasswordMustBeChangedAtTheNextSignIn() {
        user("alice");
        HttpSession root = rootSignedIn();
        assertThat(root.get(ALICE).body()).contains("The user must choose a new password at the next sign-in");

        HttpSession.Response weak = post(root, ALICE, ALICE + "/password", "newPassword", "short");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("id=\"newPassword-error\"", "role=\"alert\"");
        assertThat(mustChangePassword()).isFalse();

        HttpSession.Response set = post(root, ALICE, ALICE + "/password", "newPassword", "amber-falcon-river-stone");
        assertThat(follow(root, set).body()).contains("The password is set. The user must choose a new one at the next sign-in");
        assertThat(mustChangePassword()).isTrue();
        assertThat(events("PASSWORD_RESET")).containsExactly("root alice ");
    }

    @Test
    void roleAndStateChangesAreAuditedInTheAdministratorsName() {
        user("alice");
        HttpSession root = rootSignedIn();
        assertThat(follow(root, post(root, ALICE, ALICE + "/role", "role", "ADMIN")).body())
                .contains("The role is changed.");
        post(root, ALICE, ALICE + "/role", "role", "ADMIN");
        assertThat(follow(root, post(root, ALICE, ALICE + "/state", "state", "DISABLED")).body())
                .contains("The user is disabled.");
        post(root, ALICE, ALICE + "/state", "state", "ACTIVE");

        assertThat(events("ROLE_CHANGED")).as("a role set again is no change").containsExactly("root alice ADMIN");
        assertThat(events("USER_DISABLED")).containsExactly("root alice ");
        assertThat(events("USER_ENABLED")).containsExactly("root alice ");
    }

    /**
     * An administrator without a second factor (the policy lets them) signs in with the password
     * alone, which is no confirmation: every action asks for one first and changes nothing. After
     * the password again on the confirmation page, the action goes through.
     */
    @Test
    void withoutARecentConfirmationEveryActionAsksForOneAndChangesNothing() {
        policy(TwoFactorRequirement.OPTIONAL, 0);
        user("alice");
        TestUsers.admin(accounts, "plain");
        HttpSession plain = newSession();
        plain.submitForm("/login", "/login", fields("username", "plain", "password", TestUsers.ADMIN_PASSWORD));
        Map<String, String[]> actions = Map.of(
                "/two-factor/reset", new String[0],
                "/two-factor/unlock", new String[0],
                "/two-factor/rule", new String[] {"rule", "EXEMPT"},
                "/bypass-code", new String[] {"hours", "4"},
                "/role", new String[] {"role", "ADMIN"},
                "/state", new String[] {"state", "DISABLED"},
                "/password", new String[] {"newPassword", "amber-falcon-river-stone"});
        String confirm = "/admin/confirm?next=%2Fadmin%2Fusers%2Falice";
        for (var action : actions.entrySet()) {
            HttpSession.Response answer = post(plain, ALICE, ALICE + action.getKey(), action.getValue());
            assertThat(answer.status()).as(action.getKey()).isEqualTo(302);
            assertThat(answer.location()).as(action.getKey()).endsWith(confirm);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE actor = 'plain'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT role || state || two_factor_rule FROM users WHERE username = 'alice'")
                .query(String.class).single()).isEqualTo("USERACTIVEPOLICY");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bypass_codes").query(Long.class).single()).isZero();
        assertThat(mustChangePassword()).isFalse();

        HttpSession.Response confirmed = post(plain, confirm, "/admin/confirm", "next", "/admin/users/alice",
                "code", TestUsers.ADMIN_PASSWORD);
        assertThat(confirmed.location()).endsWith(ALICE);
        assertThat(follow(plain, post(plain, ALICE, ALICE + "/two-factor/rule", "rule", "EXEMPT")).body())
                .contains("The user is now exempt from two-factor authentication.");
    }

    @Test
    void withoutTheCsrfTokenEveryActionIsForbidden() {
        user("alice");
        HttpSession root = rootSignedIn();
        for (String action : new String[] {"/two-factor/reset", "/two-factor/unlock", "/two-factor/rule", "/bypass-code",
                "/role", "/state", "/password"}) {
            HttpSession.Response answer = root.postForm(ALICE + action,
                    fields("rule", "EXEMPT", "hours", "4", "role", "ADMIN", "state", "DISABLED"), "");
            assertThat(answer.status()).as(action).isEqualTo(403);
            assertThat(answer.body()).doesNotContainPattern("[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bypass_codes").query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownUserIsTheNotFoundPageForEveryAction() {
        HttpSession root = rootSignedIn();
        for (String name : new String[] {"nobody", "x".repeat(65), "a%20b"}) {
            String user = "/admin/users/" + name;
            assertThat(root.get(user + "/two-factor/reset").status()).isEqualTo(404);
            for (String action : new String[] {"/two-factor/reset", "/two-factor/unlock", "/two-factor/rule", "/bypass-code",
                    "/role", "/state", "/password"}) {
                HttpSession.Response answer = post(root, "/admin/users/root", user + action,
                        "rule", "EXEMPT", "hours", "4", "role", "ADMIN", "state", "DISABLED", "newPassword", "x");
                assertThat(answer.status()).as(name + action).isEqualTo(404);
            }
        }
    }

    @Test
    void onlyAdministratorsReachTheUserPages() {
        user("alice");
        HttpSession alice = newSession();
        alice.submitForm("/login", "/login", fields("username", "alice", "password", TestUsers.USER_PASSWORD));
        assertThat(alice.get(ALICE).status()).isEqualTo(403);
        assertThat(alice.postForm(ALICE + "/bypass-code", fields("hours", "4"), csrfOf(alice.get("/account").body())).status())
                .isEqualTo(403);
    }

    /** Wrong codes at the second step, through the API as a script would try them. */
    private void failSecondStep(String username, int times) {
        for (int i = 0; i < times; i++) {
            HttpSession attacker = newSession();
            attacker.apiSignIn(username, TestUsers.USER_PASSWORD);
            attacker.postJson("/api/v1/session/second-factor", Map.of("method", "totp", "code", "000000"));
        }
    }

    private boolean mustChangePassword() {
        return jdbc.sql("SELECT must_change_password FROM users WHERE username = 'alice'").query(Boolean.class).single();
    }
}
