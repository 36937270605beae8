package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.SmsServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * SMS codes on the pages, as a browser posts them, in English and German: adding a number under
 * My account, signing in with a code sent by "Send me a code by SMS" (listed by "Try another way"),
 * a gateway that fails, removing the number, and the administrator's settings with the caveat.
 */
class SmsCodePagesTest extends SmsServerTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @BeforeEach
    void daraHasAnAddress() {
        accounts.create(new NewUserRequest(new Username("dara"), new DisplayName("Dara"),
                Optional.of(new EmailAddress("dara@example.org")), Role.USER, TestUsers.USER_PASSWORD));
    }

    private HttpSession.Response follow(HttpSession client, HttpSession.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        return client.get(redirect.location().replaceFirst("^https?://[^/]+", ""));
    }

    private HttpSession signedIn(String language) {
        HttpSession dara = newSession();
        if (language != null) {
            dara.setCookie("symbolon_lang", language);
        }
        follow(dara, dara.submitForm("/login", "/login", Map.of("username", "dara", "password", TestUsers.USER_PASSWORD)));
        return dara;
    }

    private static HttpSession.Response addNumber(HttpSession dara, String phone, String password) {
        return dara.submitForm("/account/two-factor/sms", "/account/two-factor/sms",
                Map.of("phone", phone, "currentPassword", password));
    }

    @Test
    void daraAddsANumberOnThePageSignsInWithATextedCodeAndRemovesIt() {
        HttpSession dara = signedIn(null);
        AuthenticatorApp app = AdminSessions.enrollAuthenticator(enrollment,
                accounts.find(new Username("dara")).orElseThrow(), TestUsers.USER_PASSWORD);
        assertThat(dara.get("/account/two-factor").body()).contains("href=\"/account/two-factor/sms\"");

        HttpSession.Response badNumber = addNumber(dara, "0170 1234567", TestUsers.USER_PASSWORD);
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.body()).contains("This is not a phone number we can send to.");
        HttpSession.Response wrongPassword = addNumber(dara, "+49 170 1234567", "not-the-password");
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.body()).contains("The current password is wrong.");
        assertThat(gateway.requests()).isEmpty();
        HttpSession.Response sent = addNumber(dara, "+49 170 1234567", TestUsers.USER_PASSWORD);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("We sent a code to +49 ••• •••• 67.", "name=\"code\"");
        HttpSession.Response added = dara.submitForm("/account/two-factor/sms", "/account/two-factor/sms/confirm",
                Map.of("code", gateway.last().code()));
        assertThat(follow(dara, added).body()).contains("SMS codes are set up");
        assertThat(dara.get("/account/two-factor/sms").body()).contains("Sign-in codes go to +49 ••• •••• 67.");

        clock.advance(Duration.ofSeconds(31));
        HttpSession client = newSession();
        follow(client, client.submitForm("/login", "/login", Map.of("username", "dara", "password", TestUsers.USER_PASSWORD)));
        assertThat(client.get("/login/second-factor/choose").body()).contains("A code by SMS",
                "href=\"/login/second-factor?method=sms\"");
        assertThat(client.get("/login/second-factor?method=sms").body()).contains("Send me a code by SMS");
        HttpSession.Response page = follow(client,
                client.submitForm("/login/second-factor?method=sms", "/login/second-factor/sms", Map.of()));
        assertThat(page.body()).contains("We sent a code to +49 ••• •••• 67.", "id=\"sms-code\"",
                "autocomplete=\"one-time-code\"");
        String code = gateway.last().code();
        HttpSession.Response tooSoon = follow(client,
                client.submitForm("/login/second-factor?method=sms", "/login/second-factor/sms", Map.of()));
        assertThat(tooSoon.body()).contains("A code was sent a moment ago.");
        HttpSession.Response signedIn = client.submitForm("/login/second-factor?method=sms", "/login/second-factor",
                Map.of("method", "sms", "code", code));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/account");

        HttpSession.Response wrongCode = dara.submitForm("/account/two-factor/sms", "/account/two-factor/sms/remove",
                Map.of("currentPassword", TestUsers.USER_PASSWORD, "code", "000000"));
        assertThat(wrongCode.status()).isEqualTo(400);
        assertThat(wrongCode.body()).contains("The password or the code is wrong.");
        HttpSession.Response removed = dara.submitForm("/account/two-factor/sms", "/account/two-factor/sms/remove",
                Map.of("currentPassword", TestUsers.USER_PASSWORD, "code", app.nextCode()));
        assertThat(follow(dara, removed).body()).contains("The phone number was removed.");
    }

    @Test
    void aGatewayThatFailsSaysTryAnotherWayInGermanAndTheAdminSeesTheCaveat() {
        HttpSession dara = signedIn("de");
        AdminSessions.enrollAuthenticator(enrollment, accounts.find(new Username("dara")).orElseThrow(),
                TestUsers.USER_PASSWORD);
        assertThat(addNumber(dara, "+49 170 1234567", TestUsers.USER_PASSWORD).body()).contains("Wir haben einen Code an +49 ••• •••• 67 gesendet.");
        dara.submitForm("/account/two-factor/sms", "/account/two-factor/sms/confirm", Map.of("code", gateway.last().code()));
        assertThat(gateway.last().body()).contains("ist Ihr Code, um diese Telefonnummer hinzuzufügen");

        clock.advance(Duration.ofSeconds(31));
        gateway.answer(502, "bad gateway");
        HttpSession client = newSession();
        client.setCookie("symbolon_lang", "de");
        follow(client, client.submitForm("/login", "/login", Map.of("username", "dara", "password", TestUsers.USER_PASSWORD)));
        assertThat(client.get("/login/second-factor/choose").body()).contains("Ein Code per SMS");
        HttpSession.Response failed = follow(client,
                client.submitForm("/login/second-factor?method=sms", "/login/second-factor/sms", Map.of()));
        assertThat(failed.body()).contains("Der Code konnte nicht gesendet werden. Versuchen Sie es auf andere Weise.")
                .doesNotContain("bad gateway");

        HttpSession admin = EnrolledAccount.admin(accounts, enrollment, "root").signIn(newSession());
        assertThat(admin.get("/admin/settings").body()).contains("id=\"method-SMS\"", "id=\"sms-codes-nist\"",
                "§3.1.3.3").doesNotContain("sms-codes-sms-off");
    }
}
