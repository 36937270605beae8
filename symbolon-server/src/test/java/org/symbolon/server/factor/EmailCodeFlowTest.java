package org.symbolon.server.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.api.AdminSessions;
import org.symbolon.server.api.AuditTrail;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.MailServerTest;
import org.symbolon.server.testing.ReceivedMail;
import org.symbolon.server.testing.TestMailServer;
import org.symbolon.server.testing.TestUsers;

/**
 * E-mail codes as a second factor over the API, with a real SMTP server (GreenMail) and a clock
 * the test moves: adding the factor, signing in, and each way a code must fail. Run on H2 and
 * PostgreSQL by the subclasses.
 */
abstract class EmailCodeFlowTest extends MailServerTest {

    private static final Pattern CODE_LINE = Pattern.compile("(?m)^(\\d{6})$");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TwoFactorSupport support;

    @Autowired
    TotpEnrollment enrollment;

    private int mailsSoFar;

    /** Dara's authenticator app, which the e-mail codes back up. */
    private AuthenticatorApp app;

    @BeforeEach
    void daraHasAnAddress() {
        mailsSoFar = 0;
        accounts.create(new NewUserRequest(new Username("dara"), new DisplayName("Dara"),
                Optional.of(new EmailAddress("dara@example.org")), Role.USER, TestUsers.USER_PASSWORD));
    }

    private ReceivedMail nextMail() {
        List<ReceivedMail> mails = TestMailServer.awaitMails(++mailsSoFar);
        return mails.get(mailsSoFar - 1);
    }

    private static String codeIn(ReceivedMail mail) {
        Matcher code = CODE_LINE.matcher(mail.text());
        assertThat(code.find()).as(mail.text()).isTrue();
        return code.group(1);
    }

    private HttpSession signedIn(String language) {
        HttpSession client = newSession();
        if (language != null) {
            client.setCookie("symbolon_lang", language);
        }
        client.apiSignIn("dara", TestUsers.USER_PASSWORD);
        return client;
    }

    /**
     * Adds an authenticator app (e-mail codes only back one up), then the e-mail factor over the
     * API; the enrollment mail and the notices are read.
     */
    private void enrollEmailFactor(HttpSession dara) {
        app = AdminSessions.enrollAuthenticator(enrollment, accounts.find(new Username("dara")).orElseThrow(),
                TestUsers.USER_PASSWORD);
        nextMail();
        HttpSession.Response started = dara.postJson("/api/v1/account/email-factor",
                Map.of("password", TestUsers.USER_PASSWORD));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("sentTo").asString()).isEqualTo("d•••@example.org");
        String code = codeIn(nextMail());
        HttpSession.Response confirmed = dara.postJson("/api/v1/account/email-factor/confirm", Map.of("code", code));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.json().get("address").asString()).isEqualTo("dara@example.org");
        assertThat(nextMail().subject()).isIn("Symbolon: a second factor was added",
                "Symbolon: Ein zweiter Faktor wurde hinzugefügt");
    }

    private HttpSession atSecondStep() {
        return atSecondStep(null);
    }

    /** After the password; mails go out in the language of this sign-in. */
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
        return client.postJson("/api/v1/session/second-factor/challenge", Map.of("method", "email"));
    }

    private static HttpSession.Response secondStep(HttpSession client, String code) {
        return client.postJson("/api/v1/session/second-factor", Map.of("method", "email", "code", code));
    }

    @Test
    void theMailedCodeSignsInOnceAndNotTwiceAndTheMailIsInTheUsersLanguage() {
        HttpSession dara = signedIn("de");
        enrollEmailFactor(dara);
        clock.advance(Duration.ofSeconds(31));

        HttpSession client = atSecondStep("de");
        HttpSession.Response sent = challenge(client);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        ReceivedMail mail = nextMail();
        String code = codeIn(mail);
        assertThat(mail.to()).isEqualTo("dara@example.org");
        assertThat(mail.subject()).isEqualTo("Symbolon: Ihr Anmeldecode");
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.text()).contains("Ihr Code zum Anmelden bei Symbolon als dara lautet:",
                "Er gilt 10 Minuten und nur einmal.", "Angefordert von IP-Adresse 127.0.0.1, Browser Java-http-client");
        assertThat(mail.html()).contains("<p>" + code + "</p>", "lang=\"de\"");
        assertThat(mail.subject()).doesNotContain(code);
        // The one code, and no other secret: nothing else in the mail has six digits in a row.
        assertThat(CODE_LINE.matcher(mail.text()).results().count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT code_hash FROM email_codes WHERE purpose = 'SIGN_IN'").query(String.class).single())
                .doesNotContain(code);

        HttpSession.Response signedIn = secondStep(client, code);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().get("state").asString()).isEqualTo("AUTHENTICATED");
        assertThat(secondStep(atSecondStep(), code).json().get("code").asString()).isEqualTo("invalid_code");
    }

    @Test
    void wrongAndExpiredCodesFailAndAnEnrollmentCodeIsNoSignInCode() {
        HttpSession dara = signedIn(null);
        enrollEmailFactor(dara);
        clock.advance(Duration.ofSeconds(31));
        HttpSession client = atSecondStep();
        assertThat(challenge(client).status()).isEqualTo(202);
        ReceivedMail mail = nextMail();
        assertThat(mail.subject()).isEqualTo("Symbolon: your sign-in code");
        assertThat(mail.text()).contains("Your code for signing in to Symbolon as dara is:",
                "It is valid for 10 minutes and works once.");
        String code = codeIn(mail);
        String wrong = code.equals("000000") ? "000001" : "000000";

        HttpSession.Response refused = secondStep(client, wrong);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("code").asString()).isEqualTo("invalid_code");

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        HttpSession later = atSecondStep();
        HttpSession.Response expired = secondStep(later, code);
        assertThat(expired.status()).as(expired.body()).isEqualTo(401);
        assertThat(expired.json().get("code").asString()).isEqualTo("invalid_code");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE type = 'SECOND_FACTOR_FAILED'"
                + " AND detail = 'UNKNOWN_OR_USED_EMAIL'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCodeGetsFiveTriesAndThenNotEvenTheRightOneWorks() {
        enrollEmailFactor(signedIn(null));
        clock.advance(Duration.ofSeconds(31));
        HttpSession client = atSecondStep();
        assertThat(challenge(client).status()).isEqualTo(202);
        String code = codeIn(nextMail());
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 5; i++) {
            // The attempt limit's delays are the sign-in's; reset them so that only the per-code limit is tried.
            jdbc.sql("UPDATE users SET second_factor_failures = 0, second_factor_last_failure_at = NULL").update();
            assertThat(secondStep(client, wrong).status()).isEqualTo(401);
        }
        jdbc.sql("UPDATE users SET second_factor_failures = 0, second_factor_last_failure_at = NULL").update();
        assertThat(secondStep(client, code).status()).isEqualTo(401);
    }

    @Test
    void codesAreMailedAtMostOnceIn30SecondsAndFiveTimesAnHour() {
        enrollEmailFactor(signedIn(null));
        HttpSession client = atSecondStep();
        HttpSession.Response tooSoon = challenge(client);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.json().get("code").asString()).isEqualTo("code_recently_sent");
        assertThat(Integer.parseInt(tooSoon.header("Retry-After").orElseThrow())).isBetween(1, 30);
        // The enrollment code was the first of the hour; four more may follow, 30 seconds apart.
        for (int sent = 2; sent <= 5; sent++) {
            clock.advance(Duration.ofSeconds(31));
            assertThat(challenge(client).status()).as("code %d", sent).isEqualTo(202);
            nextMail();
        }
        clock.advance(Duration.ofSeconds(31));
        HttpSession.Response sixth = challenge(client);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(Integer.parseInt(sixth.header("Retry-After").orElseThrow())).isBetween(3600 - 5 * 31 - 5, 3600);

        clock.advance(Duration.ofHours(1));
        HttpSession fresh = atSecondStep();
        assertThat(challenge(fresh).status()).isEqualTo(202);
        assertThat(secondStep(fresh, codeIn(nextMail())).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorsResetRemovesTheEmailFactorAndItsWaitingCode() {
        enrollEmailFactor(signedIn(null));
        clock.advance(Duration.ofSeconds(31));
        HttpSession client = atSecondStep();
        assertThat(challenge(client).status()).isEqualTo(202);
        String code = codeIn(nextMail());

        assertThat(support.resetTwoFactor(new Username("dara"), "root", new ClientInfo("127.0.0.1", "test")))
                .isInstanceOf(SupportOutcome.Done.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_factors").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_codes").query(Long.class).single()).isZero();
        assertThat(newSession().apiSignIn("dara", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("AUTHENTICATED");
        assertThat(secondStep(client, code).status()).isEqualTo(401);
    }

    @Test
    void theUserRemovesTheEmailFactorWithPasswordAndAnAppCodeAndIsToldByMail() {
        HttpSession dara = signedIn(null);
        enrollEmailFactor(dara);

        HttpSession.Response wrong = dara.sendJson("DELETE", "/api/v1/account/email-factor",
                "{\"password\":\"wrong-password-here\",\"code\":\"" + app.upcomingCode() + "\"}");
        assertThat(wrong.status()).isEqualTo(403);
        HttpSession.Response removed = dara.sendJson("DELETE", "/api/v1/account/email-factor",
                "{\"password\":\"" + TestUsers.USER_PASSWORD + "\",\"code\":\"" + app.nextCode() + "\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_factors").query(Long.class).single()).isZero();
        assertThat(nextMail().subject()).isEqualTo("Symbolon: a second factor was removed");
        assertThat(dara.get("/api/v1/account/email-factor").json().get("code").asString())
                .isEqualTo("email_factor_not_found");
    }

    @Test
    void emailCodesOnlyBackUpAnAppAndGoWithTheLastOne() {
        HttpSession dara = signedIn(null);
        HttpSession.Response alone = dara.postJson("/api/v1/account/email-factor", Map.of("password", TestUsers.USER_PASSWORD));
        assertThat(alone.status()).as(alone.body()).isEqualTo(409);
        assertThat(alone.json().get("code").asString()).isEqualTo("primary_factor_required");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_codes").query(Long.class).single()).isZero();

        enrollEmailFactor(dara);
        String appId = dara.get("/api/v1/account/second-factors").json().get("authenticators").get(0).get("id").asString();
        HttpSession.Response removed = dara.sendJson("DELETE", "/api/v1/account/totp/" + appId,
                "{\"password\":\"" + TestUsers.USER_PASSWORD + "\",\"code\":\"" + app.nextCode() + "\"}");

        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_factors").query(Long.class).single()).isZero();
        assertThat(AuditTrail.of(jdbc, SecurityEventType.EMAIL_FACTOR_REMOVED)).hasSize(1);
        assertThat(newSession().apiSignIn("dara", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("AUTHENTICATED");
    }
}
