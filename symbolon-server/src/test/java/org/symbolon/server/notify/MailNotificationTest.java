package org.symbolon.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.Username;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.api.AdminSessions;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ReceivedMail;
import org.symbolon.server.testing.MailServerTest;
import org.symbolon.server.testing.TestMailServer;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * Users are told by e-mail of each security event that concerns them, through a real SMTP server
 * (GreenMail): over the API, as the user or an administrator does it. Run on H2 and PostgreSQL by
 * the subclasses.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class MailNotificationTest extends MailServerTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @Autowired
    JdbcClient jdbc;

    private void userWithAddress(String name, String displayName, String address) {
        AccountOutcome created = accounts.create(new NewUserRequest(new Username(name), new DisplayName(displayName),
                Optional.of(new EmailAddress(address)), Role.USER, TestUsers.USER_PASSWORD));
        assertThat(created).isInstanceOf(AccountOutcome.Done.class);
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    /** Starts and activates an authenticator over the API; returns its id, the app and the recovery codes. */
    private record Enrolled(String id, AuthenticatorApp app, List<String> recoveryCodes, String secret) {
    }

    private static Enrolled enroll(HttpSession client, String name) {
        HttpSession.Response started = client.postJson("/api/v1/account/totp",
                Map.of("password", TestUsers.USER_PASSWORD, "name", name));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().get("id").asString();
        String secret = started.json().get("secret").asString();
        AuthenticatorApp app = new AuthenticatorApp(secret);
        HttpSession.Response activated = client.postJson("/api/v1/account/totp/" + id + "/activate",
                Map.of("code", app.nextCode()));
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        JsonNode recovery = activated.json().get("recoveryCodes");
        if (recovery != null) {
            recovery.forEach(code -> codes.add(code.asString()));
        }
        return new Enrolled(id, app, codes, secret);
    }

    @Test
    void theUsersOwnChangesAreEachMailedInBothPartsWithWhenAndFromWhereAndNoSecret() {
        userWithAddress("alice", "Alice <b>Example</b>", "alice@example.org");
        HttpSession alice = newSession();
        assertThat(alice.apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(200);
        Enrolled phone = enroll(alice, "Phone");

        HttpSession again = newSession();
        assertThat(again.apiSignIn("alice", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("SECOND_FACTOR");
        String recoveryCode = phone.recoveryCodes().get(0);
        assertThat(again.postJson("/api/v1/session/second-factor",
                Map.of("method", "recovery_code", "code", recoveryCode)).status()).isEqualTo(200);
        HttpSession.Response removed = again.sendJson("DELETE", "/api/v1/account/totp/" + phone.id(),
                "{\"password\":\"" + TestUsers.USER_PASSWORD + "\",\"code\":\"" + phone.app().nextCode() + "\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        Enrolled tablet = enroll(again, "Tablet");
        HttpSession.Response disabled = again.postJson("/api/v1/account/second-factors/disable",
                Map.of("password", TestUsers.USER_PASSWORD, "code", tablet.app().nextCode()));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(204);

        List<ReceivedMail> mails = TestMailServer.awaitMails(5);
        assertThat(mails).extracting(ReceivedMail::subject).containsExactly(
                "Symbolon: a second factor was added",
                "Symbolon: a recovery code was used",
                "Symbolon: a second factor was removed",
                "Symbolon: a second factor was added",
                "Symbolon: two-factor authentication was turned off");
        ReceivedMail added = mails.get(0);
        assertThat(added.to()).isEqualTo("alice@example.org");
        assertThat(added.from()).isEqualTo("Symbolon <symbolon@example.org>");
        assertThat(added.contentType()).startsWith("multipart/alternative");
        assertThat(added.textType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(added.htmlType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(added.autoSubmitted()).isEqualTo("auto-generated");
        for (String part : List.of(added.text(), added.html())) {
            assertThat(part).contains("A second factor was added to your account alice.", "When: " + today(),
                    "From: IP address 127.0.0.1, browser Java-http-client",
                    "If this was not you, change your password at once");
        }
        assertThat(added.text()).contains("Hello Alice <b>Example</b>,");
        assertThat(added.html()).contains("Hello Alice &lt;b&gt;Example&lt;/b&gt;,").doesNotContain("<b>Example");
        assertThat(mails.get(1).text()).contains("A recovery code of your account alice was used to sign in.");
        assertThat(mails.get(4).text()).contains("Signing in now needs only the password.");
        for (ReceivedMail mail : mails) {
            assertThat(mail.whole()).doesNotContain(phone.secret(), tablet.secret(), recoveryCode,
                    recoveryCode.replace("-", ""), TestUsers.USER_PASSWORD);
            assertThat(mail.whole()).doesNotContainIgnoringCase(phone.recoveryCodes().get(1));
        }
    }

    @Test
    void anAdministratorsChangesAreMailedInTheLanguageOfTheUsersLastSignInWithoutTheBypassCode() {
        userWithAddress("bruno", "Bruno", "bruno@example.org");
        HttpSession bruno = newSession();
        bruno.setCookie("symbolon_lang", "de");
        assertThat(bruno.apiSignIn("bruno", TestUsers.USER_PASSWORD).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT mail_language FROM users WHERE username = 'bruno'").query(String.class).single())
                .isEqualTo("de");
        // The administrator has no address: enrolling their own authenticator mails nobody.
        HttpSession admin = AdminSessions.confirmedAdmin(newSession(), accounts, enrollment, "root");

        assertThat(admin.sendJson("PUT", "/api/v1/admin/users/bruno/two-factor-rule", "{\"rule\":\"REQUIRED\"}")
                .status()).isEqualTo(200);
        HttpSession.Response bypass = admin.postJson("/api/v1/admin/users/bruno/bypass-code", Map.of("hours", 2));
        assertThat(bypass.status()).as(bypass.body()).isEqualTo(201);
        String bypassCode = bypass.json().get("code").asString();
        assertThat(admin.postJson("/api/v1/admin/users/bruno/second-factors/reset", Map.of()).status()).isEqualTo(204);

        List<ReceivedMail> mails = TestMailServer.awaitMails(3);
        assertThat(mails).extracting(ReceivedMail::to).containsOnly("bruno@example.org");
        assertThat(mails).extracting(ReceivedMail::subject).containsExactly(
                "Symbolon: Ihre Pflicht zur Zwei-Faktor-Authentifizierung hat sich geändert",
                "Symbolon: Für Sie wurde ein einmaliger Ausweichcode ausgestellt",
                "Symbolon: Ihre Zwei-Faktor-Authentifizierung wurde zurückgesetzt");
        assertThat(mails.get(0).text()).contains("Hallo Bruno,",
                "ein Administrator verlangt für Ihr Konto bruno jetzt die Zwei-Faktor-Authentifizierung.",
                "Wann: " + today(), "Das hat ein Administrator getan.");
        assertThat(mails.get(0).html()).contains("lang=\"de\"", "Das hat ein Administrator getan.");
        assertThat(mails.get(2).html()).contains("Alle Authenticator-Apps, Wiederherstellungscodes und Ausweichcodes wurden entfernt.");
        for (ReceivedMail mail : mails) {
            // An administrator's address and browser are not the user's business, nor where they act from.
            assertThat(mail.whole()).doesNotContain("IP-Adresse", "127.0.0.1", "root")
                    .doesNotContainIgnoringCase(bypassCode).doesNotContain(bypassCode.replace("-", ""));
        }
    }

    @Test
    void aMailServerThatIsDownFailsNoActionAndIsLoggedWithoutTheCode(CapturedOutput output) {
        userWithAddress("carla", "Carla", "carla@example.org");
        HttpSession admin = AdminSessions.confirmedAdmin(newSession(), accounts, enrollment, "root");
        TestMailServer.stop();
        String bypassCode;
        try {
            HttpSession.Response bypass = admin.postJson("/api/v1/admin/users/carla/bypass-code", Map.of("hours", 1));
            assertThat(bypass.status()).as(bypass.body()).isEqualTo(201);
            bypassCode = bypass.json().get("code").asString();
            Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> assertThat(output.getAll())
                    .contains("Could not mail the BYPASS_CODE_ISSUED notice to user"));
        } finally {
            TestMailServer.start();
        }
        assertThat(output.getAll()).doesNotContain(bypassCode);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE type = 'BYPASS_CODE_ISSUED'")
                .query(Long.class).single()).isEqualTo(1);

        // Back up, the next notice goes out; the lost one is not sent again.
        assertThat(admin.postJson("/api/v1/admin/users/carla/second-factors/reset", Map.of()).status()).isEqualTo(204);
        assertThat(TestMailServer.awaitMails(1)).extracting(ReceivedMail::subject)
                .containsExactly("Symbolon: your two-factor authentication was reset");
    }
}
