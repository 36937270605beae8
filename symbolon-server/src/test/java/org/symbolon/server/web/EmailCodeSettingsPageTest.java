package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.Username;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.policy.PolicyAdministration;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;

/**
 * E-mail codes on a server without a mail server (the tests' usual one): off by default; turned on,
 * the settings page says that NIST does not accept them and that no mail can go out, and asking
 * for a code says so too, rather than failing.
 */
class EmailCodeSettingsPageTest extends AdminPageTest {

    private static final String PAGE = "/admin/settings";

    @Autowired
    PolicyAdministration policies;

    @Test
    void emailCodesAreOffByDefaultAndTurnedOnTheyComeWithTheNistWarning() {
        HttpSession root = rootSignedIn();
        String before = root.get(PAGE).body();
        assertThat(before).contains("value=\"EMAIL\"").doesNotContainPattern("value=\"EMAIL\"[^>]*checked")
                .doesNotContain("email-codes-nist");

        HttpSession.Response saved = post(root, PAGE, PAGE, "allowedMethods", "TOTP", "allowedMethods", "RECOVERY_CODE",
                "allowedMethods", "EMAIL", "requirement", "REQUIRED_FOR_ADMINS", "graceDays", "0", "serviceName", "",
                "totpDefaults", "CONFIGURED");
        assertThat(saved.location()).endsWith(PAGE);
        assertThat(policies.current().allows(SecondFactorMethod.EMAIL)).isTrue();

        String after = follow(root, saved).body();
        assertThat(after).containsPattern("value=\"EMAIL\"[^>]*checked")
                .contains("NIST SP 800-63B rev. 4 does not accept e-mail as an out-of-band authenticator")
                .contains("No mail server is configured (symbolon.mail.host)");
        assertThat(root.get(PAGE + "?lang=de").body())
                .contains("NIST SP 800-63B Rev. 4 erkennt E-Mail nicht als Out-of-Band-Authentifikator an")
                .contains("Es ist kein Mailserver eingerichtet");
    }

    @Test
    void withoutAMailServerAskingForACodeSaysSoAndStoresNothing() {
        HttpSession root = rootSignedIn();
        post(root, PAGE, PAGE, "allowedMethods", "TOTP", "allowedMethods", "EMAIL", "requirement", "REQUIRED_FOR_ADMINS",
                "graceDays", "0", "serviceName", "", "totpDefaults", "CONFIGURED");
        accounts.create(new NewUserRequest(new Username("dara"), new DisplayName(""),
                Optional.of(new EmailAddress("dara@example.org")), Role.USER, TestUsers.USER_PASSWORD));
        HttpSession dara = newSession();
        assertThat(dara.apiSignIn("dara", TestUsers.USER_PASSWORD).status()).isEqualTo(200);

        HttpSession.Response refused = dara.postJson("/api/v1/account/email-factor",
                Map.of("password", TestUsers.USER_PASSWORD));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("code").asString()).isEqualTo("mail_off");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_codes").query(Long.class).single()).isZero();
    }
}
