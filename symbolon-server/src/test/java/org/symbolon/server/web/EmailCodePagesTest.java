package org.symbolon.server.web;

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
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.Username;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.api.AdminSessions;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.MailServerTest;
import org.symbolon.server.testing.ReceivedMail;
import org.symbolon.server.testing.TestMailServer;
import org.symbolon.server.testing.TestUsers;

/**
 * E-mail codes on the pages, as a browser posts them: adding the factor under My account, and
 * signing in with a code sent by "Send me a code by e-mail", which "Try another way" lists too.
 */
class EmailCodePagesTest extends MailServerTest {

    private static final Pattern CODE_LINE = Pattern.compile("(?m)^(\\d{6})$");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @BeforeEach
    void daraHasAnAddress() {
        accounts.create(new NewUserRequest(new Username("dara"), new DisplayName("Dara"),
                Optional.of(new EmailAddress("dara@example.org")), Role.USER, TestUsers.USER_PASSWORD));
    }

    private static String codeOf(ReceivedMail mail) {
        Matcher code = CODE_LINE.matcher(mail.text());
        assertThat(code.find()).as(mail.text()).isTrue();
        return code.group(1);
    }

    private HttpSession.Response follow(HttpSession client, HttpSession.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        return client.get(redirect.location().replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void daraAddsEmailCodesOnThePageAndSignsInWithOne() {
        HttpSession dara = newSession();
        follow(dara, dara.submitForm("/login", "/login", Map.of("username", "dara", "password", TestUsers.USER_PASSWORD)));
        HttpSession.Response alone = dara.submitForm("/account/two-factor/email", "/account/two-factor/email",
                Map.of("currentPassword", TestUsers.USER_PASSWORD));
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.body()).contains("Set up an authenticator app, a hardware token or a security key first");
        AdminSessions.enrollAuthenticator(enrollment, accounts.find(new Username("dara")).orElseThrow(),
                TestUsers.USER_PASSWORD);
        TestMailServer.awaitMails(1);
        assertThat(dara.get("/account/two-factor").body()).contains("href=\"/account/two-factor/email\"");

        HttpSession.Response wrongPassword = dara.submitForm("/account/two-factor/email", "/account/two-factor/email",
                Map.of("currentPassword", "not-the-password"));
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.body()).contains("The current password is wrong.");
        HttpSession.Response sent = dara.submitForm("/account/two-factor/email", "/account/two-factor/email",
                Map.of("currentPassword", TestUsers.USER_PASSWORD));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("We sent a code to d•••@example.org.", "name=\"code\"");
        String enrollCode = codeOf(TestMailServer.awaitMails(2).get(1));
        HttpSession.Response added = dara.submitForm("/account/two-factor/email", "/account/two-factor/email/confirm",
                Map.of("code", enrollCode));
        assertThat(follow(dara, added).body()).contains("E-mail codes are set up");
        assertThat(dara.get("/account/two-factor/email").body()).contains("Sign-in codes go to dara@example.org.");
        TestMailServer.awaitMails(3);

        clock.advance(Duration.ofSeconds(31));
        HttpSession client = newSession();
        HttpSession.Response afterPassword = client.submitForm("/login", "/login",
                Map.of("username", "dara", "password", TestUsers.USER_PASSWORD));
        // The app was used last (setting it up counts), so the second step asks for it first.
        assertThat(follow(client, afterPassword).body()).contains("id=\"code\"");
        assertThat(client.get("/login/second-factor/choose").body()).contains("A code by e-mail");
        assertThat(client.get("/login/second-factor?method=email").body()).contains("Send me a code by e-mail");
        HttpSession.Response page = follow(client,
                client.submitForm("/login/second-factor?method=email", "/login/second-factor/email", Map.of()));
        assertThat(page.body()).contains("We sent a code to d•••@example.org.", "id=\"email-code\"");
        List<ReceivedMail> mails = TestMailServer.awaitMails(4);
        String signInCode = codeOf(mails.get(3));

        HttpSession.Response tooSoon = follow(client,
                client.submitForm("/login/second-factor?method=email", "/login/second-factor/email", Map.of()));
        assertThat(tooSoon.body()).contains("A code was sent a moment ago.");

        HttpSession.Response signedIn = client.submitForm("/login/second-factor?method=email", "/login/second-factor",
                Map.of("method", "email", "code", signInCode));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/account");
        assertThat(client.get("/account").status()).isEqualTo(200);
    }
}
