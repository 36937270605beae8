package org.symbolon.server.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.Username;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.api.AdminSessions;
import org.symbolon.server.api.AuditTrail;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.SmsServerTest;
import org.symbolon.server.testing.TestMailServer;
import org.symbolon.server.testing.TestSmsGateway;
import org.symbolon.server.testing.TestUsers;

/**
 * SMS codes as a second factor over the API, texted through a local HTTP server that plays the
 * gateway, with a clock the test moves: adding a number, signing in, each way a code must fail, the
 * gateway failing, and the administrator turning SMS off. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class SmsCodeFlowTest extends SmsServerTest {

    private static final String PHONE = "+49 170 1234567";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TotpEnrollment enrollment;

    @Autowired
    CurrentPolicy policy;

    /** Dara's authenticator app, which the SMS codes back up. */
    private AuthenticatorApp app;

    @BeforeEach
    void daraHasAnAddress() {
        app = null;
        accounts.create(new NewUserRequest(new Username("dara"), new DisplayName("Dara"),
                Optional.of(new EmailAddress("dara@example.org")), Role.USER, TestUsers.USER_PASSWORD));
    }

    private HttpSession signedIn(String language) {
        HttpSession client = newSession();
        if (language != null) {
            client.setCookie("symbolon_lang", language);
        }
        client.apiSignIn("dara", TestUsers.USER_PASSWORD);
        // Signed in by the password alone; then the app that SMS codes back up.
        app = AdminSessions.enrollAuthenticator(enrollment, accounts.find(new Username("dara")).orElseThrow(),
                TestUsers.USER_PASSWORD);
        return client;
    }

    private HttpSession.Response startAdding(HttpSession dara, String phone) {
        return dara.postJson("/api/v1/account/sms-factor", Map.of("password", TestUsers.USER_PASSWORD, "phone", phone));
    }

    private void addPhone(HttpSession dara) {
        HttpSession.Response started = startAdding(dara, PHONE);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("sentTo").asString()).isEqualTo("+49 ••• •••• 67");
        HttpSession.Response confirmed = dara.postJson("/api/v1/account/sms-factor/confirm",
                Map.of("code", gateway.last().code()));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.json().get("phone").asString()).isEqualTo("+491701234567");
    }

    private HttpSession atSecondStep(String language) {
        HttpSession client = newSession();
        if (language != null) {
            client.setCookie("symbolon_lang", language);
        }
        assertThat(client.apiSignIn("dara", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("SECOND_FACTOR");
        return client;
    }

    private static HttpSession.Response challenge(HttpSession client) {
        return client.postJson("/api/v1/session/second-factor/challenge", Map.of("method", "sms"));
    }

    private static HttpSession.Response secondStep(HttpSession client, String code) {
        return client.postJson("/api/v1/session/second-factor", Map.of("method", "sms", "code", code));
    }

    private static String other(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void aPhoneAddedByItsCodeSignsInOnceWithATextedCodeInTheUsersLanguage() {
        addPhone(signedIn(null));
        TestSmsGateway.Request enrollText = gateway.last();
        assertThat(enrollText.method()).isEqualTo("POST");
        assertThat(enrollText.path()).isEqualTo("/send");
        assertThat(enrollText.header("X-Api-Key")).isEqualTo("test-api-key");
        assertThat(enrollText.header("Content-Type")).startsWith("application/json");
        assertThat(enrollText.body()).startsWith("{\"to\":\"+491701234567\",\"text\":\"Symbolon: ");
        assertThat(TestMailServer.awaitMails(2).get(1).subject()).isEqualTo("Symbolon: a second factor was added");
        assertThat(AuditTrail.of(jdbc, SecurityEventType.SMS_FACTOR_ENROLLED)).hasSize(1);
        clock.advance(Duration.ofSeconds(31));

        HttpSession client = atSecondStep("de");
        HttpSession.Response sent = challenge(client);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(sent.json().get("sentTo").asString()).isEqualTo("+49 ••• •••• 67");
        TestSmsGateway.Request text = gateway.last();
        String code = text.code();
        assertThat(text.body()).contains("Ihr Anmeldecode", code);
        assertThat(jdbc.sql("SELECT code_hash FROM sms_codes WHERE purpose = 'SIGN_IN'").query(String.class).single())
                .doesNotContain(code);

        assertThat(secondStep(client, other(code)).status()).isEqualTo(401);
        HttpSession.Response signedIn = secondStep(client, code);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().get("state").asString()).isEqualTo("AUTHENTICATED");
        clock.advance(Duration.ofSeconds(2));
        assertThat(secondStep(atSecondStep(null), code).json().get("code").asString()).isEqualTo("invalid_code");
    }

    @Test
    void expiredCodesAndEnrollmentCodesDoNotSignIn() {
        addPhone(signedIn(null));
        String enrollCode = gateway.last().code();
        assertThat(secondStep(atSecondStep(null), enrollCode).status()).isEqualTo(401);

        clock.advance(Duration.ofSeconds(31));
        HttpSession client = atSecondStep(null);
        assertThat(challenge(client).status()).isEqualTo(202);
        String code = gateway.last().code();
        assertThat(gateway.last().body()).contains("is your sign-in code");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        HttpSession.Response expired = secondStep(atSecondStep(null), code);
        assertThat(expired.status()).as(expired.body()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE type = 'SECOND_FACTOR_FAILED'"
                + " AND detail = 'UNKNOWN_OR_USED_SMS'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void codesAreTextedAtMostOnceIn30SecondsAndFiveTimesAnHour() {
        addPhone(signedIn(null));
        HttpSession client = atSecondStep(null);
        HttpSession.Response tooSoon = challenge(client);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.json().get("code").asString()).isEqualTo("code_recently_sent");
        assertThat(Integer.parseInt(tooSoon.header("Retry-After").orElseThrow())).isBetween(1, 30);
        for (int sent = 2; sent <= 5; sent++) {
            clock.advance(Duration.ofSeconds(31));
            assertThat(challenge(client).status()).as("code %d", sent).isEqualTo(202);
        }
        clock.advance(Duration.ofSeconds(31));
        HttpSession.Response sixth = challenge(client);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(gateway.requests()).hasSize(5);

        clock.advance(Duration.ofHours(1));
        HttpSession fresh = atSecondStep(null);
        assertThat(challenge(fresh).status()).isEqualTo(202);
        assertThat(secondStep(fresh, gateway.last().code()).status()).isEqualTo(200);
    }

    @Test
    void wrongSmsCodesCountAgainstTheSharedAttemptLimitAndFiveTriesUseUpACode() {
        addPhone(signedIn(null));
        clock.advance(Duration.ofSeconds(31));
        HttpSession client = atSecondStep(null);
        assertThat(challenge(client).status()).isEqualTo(202);
        String code = gateway.last().code();
        for (int i = 0; i < 5; i++) {
            assertThat(secondStep(client, other(code)).status()).as("try %d", i + 1).isEqualTo(401);
        }
        // The shared limit: after five wrong codes of any kind, the next attempt, an app code too, waits.
        HttpSession.Response app = client.postJson("/api/v1/session/second-factor",
                Map.of("method", "totp", "code", this.app.nextCode()));
        assertThat(app.status()).as(app.body()).isEqualTo(429);
        assertThat(app.json().get("code").asString()).isEqualTo("too_many_attempts");
        jdbc.sql("UPDATE users SET second_factor_failures = 0, second_factor_last_failure_at = NULL").update();
        // The code had its five tries: now not even the right one works.
        assertThat(secondStep(client, code).status()).isEqualTo(401);
    }

    @Test
    void aGatewayThatFailsTellsTheUserToTryAnotherWayAndAddsNothing() {
        gateway.answer(500, "{\"error\":\"upstream down\"}");
        HttpSession dara = signedIn(null);
        HttpSession.Response refused = startAdding(dara, PHONE);
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.json().get("code").asString()).isEqualTo("sms_not_sent");
        assertThat(refused.json().get("detail").asString()).contains("Try another way");
        assertThat(count("sms_factors")).isZero();
        assertThat(jdbc.sql("SELECT detail FROM security_events WHERE type = 'SMS_CODE_SENT'").query(String.class).single())
                .isEqualTo("ENROLL NOT_SENT: status 500");

        gateway.reset();
        clock.advance(Duration.ofSeconds(31));
        addPhone(dara);
        clock.advance(Duration.ofSeconds(31));
        gateway.delay(Duration.ofSeconds(3));
        long started = System.nanoTime();
        HttpSession.Response slow = challenge(atSecondStep(null));
        assertThat(slow.status()).as(slow.body()).isEqualTo(503);
        assertThat(slow.json().get("code").asString()).isEqualTo("sms_not_sent");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(jdbc.sql("SELECT detail FROM security_events WHERE type = 'SMS_CODE_SENT' ORDER BY id DESC")
                .query(String.class).list().get(0)).isEqualTo("SIGN_IN NOT_SENT: timeout");
    }

    @Test
    void theUserRemovesThePhoneWithPasswordAndAnAppCodeAndIsToldByMail() {
        HttpSession dara = signedIn(null);
        addPhone(dara);
        assertThat(dara.get("/api/v1/account/sms-factor").json().get("masked").asString()).isEqualTo("+49 ••• •••• 67");

        HttpSession.Response wrong = dara.sendJson("DELETE", "/api/v1/account/sms-factor",
                "{\"password\":\"wrong-password-here\",\"code\":\"" + app.upcomingCode() + "\"}");
        assertThat(wrong.status()).isEqualTo(403);
        HttpSession.Response removed = dara.sendJson("DELETE", "/api/v1/account/sms-factor",
                "{\"password\":\"" + TestUsers.USER_PASSWORD + "\",\"code\":\"" + app.nextCode() + "\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);

        assertThat(count("sms_factors")).isZero();
        assertThat(AuditTrail.of(jdbc, SecurityEventType.SMS_FACTOR_REMOVED)).hasSize(1);
        assertThat(TestMailServer.awaitMails(3).get(2).subject()).isEqualTo("Symbolon: a second factor was removed");
        assertThat(dara.get("/api/v1/account/sms-factor").json().get("code").asString())
                .isEqualTo("sms_factor_not_found");
    }

    @Test
    void smsTurnedOffByTheAdministratorLeavesSignInAndEnrollment() {
        HttpSession dara = signedIn(null);
        addPhone(dara);
        HttpSession.Response afterPassword = newSession().apiSignIn("dara", TestUsers.USER_PASSWORD);
        assertThat(afterPassword.json().get("methods").toString()).contains("\"sms\"");

        policy.save(new InstancePolicy(TwoFactorRequirement.OPTIONAL, 0, EnumSet.complementOf(
                EnumSet.of(SecondFactorMethod.SMS, SecondFactorMethod.BYPASS_CODE)), Optional.empty(), Optional.empty()),
                Instant.now(), "test");
        clock.advance(Duration.ofSeconds(31));

        HttpSession client = newSession();
        HttpSession.Response offered = client.apiSignIn("dara", TestUsers.USER_PASSWORD);
        assertThat(offered.json().get("methods").toString()).doesNotContain("sms");
        HttpSession.Response challenged = challenge(client);
        assertThat(challenged.status()).isEqualTo(400);
        assertThat(challenged.json().get("code").asString()).isEqualTo("invalid_request");
        assertThat(secondStep(client, "123456").status()).isEqualTo(400);
        HttpSession.Response adding = dara.postJson("/api/v1/account/sms-factor/confirm", Map.of("code", "123456"));
        assertThat(adding.status()).isEqualTo(400);
        assertThat(gateway.requests()).hasSize(1);
        assertThat(List.of(SecondFactorMethod.values())).endsWith(SecondFactorMethod.EMAIL, SecondFactorMethod.SMS);
    }
}
