package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.PolicyAdministration;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;

/** The instance settings page over HTTP: showing, saving, refusing, and warning an admin who must enroll. */
class AdminSettingsPageTest extends AdminPageTest {

    private static final String PAGE = "/admin/settings";

    @Autowired
    PolicyAdministration policies;

    @Autowired
    EmailFactorStore emailFactors;

    @Test
    void thePageShowsTheDefaultsAndWhatIsInEffect() {
        HttpSession root = rootSignedIn();
        HttpSession.Response page = root.get(PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Settings</h1>")
                .containsPattern("value=\"REQUIRED_FOR_ADMINS\"[^>]*checked")
                .containsPattern("id=\"graceDays\"[^>]*value=\"0\"")
                .containsPattern("value=\"TOTP\"[^>]*checked").containsPattern("value=\"HOTP\"[^>]*checked")
                .containsPattern("value=\"RECOVERY_CODE\"[^>]*checked")
                .containsPattern("value=\"CONFIGURED\"[^>]*checked")
                .contains("New authenticator apps now get: SHA1, 6 digits, 30 seconds.")
                .contains("Empty: as configured on the server (Symbolon). Now shown: Symbolon.")
                .contains("Many authenticator apps ignore values other than SHA1")
                .contains("href=\"/admin/groups\"");
    }

    @Test
    void savingStoresThePolicyShowsItAndAuditsTheAdministrator() {
        HttpSession root = rootSignedIn();
        HttpSession.Response saved = post(root, PAGE, PAGE, "allowedMethods", "TOTP", "requirement", "REQUIRED_FOR_GROUPS",
                "graceDays", "14", "serviceName", "  Example Corp ", "totpDefaults", "CHOSEN", "totpAlgorithm", "SHA256",
                "totpDigits", "8", "totpPeriod", "60");

        assertThat(saved.location()).endsWith(PAGE);
        assertThat(policies.current()).isEqualTo(new InstancePolicy(TwoFactorRequirement.REQUIRED_FOR_GROUPS, 14,
                java.util.Set.of(SecondFactorMethod.TOTP), Optional.of("Example Corp"),
                Optional.of(new TotpSettings(OtpAlgorithm.SHA256, 8, 60))));
        HttpSession.Response page = follow(root, saved);
        assertThat(page.body())
                .contains("The settings are saved and apply from now on.")
                .doesNotContain("id=\"must-enroll\"")
                .containsPattern("value=\"REQUIRED_FOR_GROUPS\"[^>]*checked")
                .containsPattern("value=\"CHOSEN\"[^>]*checked")
                .containsPattern("value=\"SHA256\"[^>]*selected")
                .contains("New authenticator apps now get: SHA256, 8 digits, 60 seconds.")
                .contains("Now shown: Example Corp.");
        assertThat(page.body()).doesNotContainPattern("value=\"RECOVERY_CODE\"[^>]*checked");
        assertThat(events("POLICY_CHANGED")).singleElement().asString()
                .startsWith("root null requirement=REQUIRED_FOR_GROUPS graceDays=14");
    }

    @Test
    void anEmptyServiceNameAndConfiguredAppSettingsMeanAsConfigured() {
        HttpSession root = rootSignedIn();
        policies.change(new InstancePolicy(TwoFactorRequirement.REQUIRED_FOR_ADMINS, 0, InstancePolicy.CONFIGURABLE,
                Optional.of("Old"), Optional.of(new TotpSettings(OtpAlgorithm.SHA512, 6, 30))), "test", Optional.empty(),
                ClientInfo.CONSOLE);
        HttpSession.Response saved = post(root, PAGE, PAGE, "allowedMethods", "WEBAUTHN", "allowedMethods", "TOTP",
                "allowedMethods", "HOTP", "allowedMethods", "RECOVERY_CODE",
                "requirement", "REQUIRED_FOR_ADMINS", "graceDays", "0", "serviceName", "   ", "totpDefaults", "CONFIGURED",
                "totpAlgorithm", "SHA512", "totpDigits", "6", "totpPeriod", "30");

        assertThat(saved.status()).isEqualTo(302);
        assertThat(policies.current()).isEqualTo(InstancePolicy.DEFAULT);
    }

    @Test
    void turningOffAuthenticatorAppsIsRefusedOnTheFormAndChangesNothing() {
        HttpSession root = rootSignedIn();
        HttpSession.Response refused = post(root, PAGE, PAGE, "allowedMethods", "RECOVERY_CODE",
                "requirement", "REQUIRED_FOR_ALL", "graceDays", "0", "serviceName", "", "totpDefaults", "CONFIGURED");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("role=\"alert\"")
                .contains("Keep authenticator apps or hardware tokens on: recovery codes and e-mail codes only back them up.")
                .containsPattern("value=\"REQUIRED_FOR_ALL\"[^>]*checked");
        assertThat(policies.current()).isEqualTo(InstancePolicy.DEFAULT);
        assertThat(events("POLICY_CHANGED")).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        HttpSession root = rootSignedIn();
        HttpSession.Response refused = post(root, PAGE, PAGE, "allowedMethods", "FAX", "requirement", "EVERYBODY",
                "graceDays", "366", "serviceName", "x".repeat(65), "totpDefaults", "CHOSEN", "totpAlgorithm", "MD5",
                "totpDigits", "7", "totpPeriod", "45");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#allowedMethods\"", "href=\"#requirement\"", "href=\"#graceDays\"",
                "href=\"#totpAlgorithm\"", "href=\"#totpDigits\"", "href=\"#totpPeriod\"",
                "Enter a whole number of days from 0 to 365.");
        assertThat(policies.current()).isEqualTo(InstancePolicy.DEFAULT);
    }

    @Test
    void anAdministratorWithoutASecondFactorIsWarnedWhenTheNewPolicyRequiresOneOfThem() {
        // A policy that asks nothing of this admin first, so that they can sign in with the password alone.
        policy(TwoFactorRequirement.OPTIONAL, 0);
        TestUsers.admin(accounts, "plain");
        HttpSession plain = newSession();
        assertThat(plain.submitForm("/login", "/login", fields("username", "plain", "password", TestUsers.ADMIN_PASSWORD))
                .status()).isEqualTo(302);

        HttpSession.Response saved = post(plain, PAGE, PAGE, "allowedMethods", "TOTP", "allowedMethods", "RECOVERY_CODE",
                "requirement", "REQUIRED_FOR_ADMINS", "graceDays", "0", "serviceName", "", "totpDefaults", "CONFIGURED");

        HttpSession.Response page = follow(plain, saved);
        assertThat(page.body()).contains("id=\"must-enroll\"", "role=\"alert\"",
                "these settings require two-factor authentication of you, and you have not set it up");
        assertThat(policies.current().requirement()).isEqualTo(TwoFactorRequirement.REQUIRED_FOR_ADMINS);
        assertThat(plain.get(PAGE).body()).as("warned once, after saving").doesNotContain("id=\"must-enroll\"");
    }

    @Test
    void turningOffTheOnlyMethodSomeoneHasAsksFirstAndSavesOnlyWhenConfirmed() {
        HttpSession root = rootSignedIn();
        InstancePolicy withEmail = new InstancePolicy(TwoFactorRequirement.REQUIRED_FOR_ADMINS, 0,
                InstancePolicy.CONFIGURABLE, Optional.empty(), Optional.empty());
        policies.change(withEmail, "test", Optional.empty(), ClientInfo.CONSOLE);
        emailFactors.add(TestUsers.user(accounts, "alice").id(), new EmailAddress("alice@example.com"), Instant.now());
        String[] emailOff = {"allowedMethods", "TOTP", "allowedMethods", "HOTP", "allowedMethods", "RECOVERY_CODE",
                "requirement", "REQUIRED_FOR_ADMINS", "graceDays", "0", "serviceName", "", "totpDefaults", "CONFIGURED"};

        HttpSession.Response warned = post(root, PAGE, PAGE, emailOff);

        assertThat(warned.status()).isEqualTo(200);
        assertThat(warned.body()).contains("id=\"stranding-warning\"")
                .contains("would leave 1 active user without a method they may sign in with")
                .contains("name=\"strandingConfirmed\" value=\"yes\"")
                .contains(">Save anyway</button>")
                .doesNotContainPattern("value=\"EMAIL\"[^>]*checked");
        assertThat(policies.current()).isEqualTo(withEmail);

        String[] confirmed = java.util.Arrays.copyOf(emailOff, emailOff.length + 2);
        confirmed[emailOff.length] = "strandingConfirmed";
        confirmed[emailOff.length + 1] = "yes";
        HttpSession.Response saved = post(root, PAGE, PAGE, confirmed);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(policies.current().allows(SecondFactorMethod.EMAIL)).isFalse();
    }

    @Test
    void onlyAdministratorsReachTheSettings() {
        user("alice");
        HttpSession alice = newSession();
        alice.submitForm("/login", "/login", fields("username", "alice", "password", TestUsers.USER_PASSWORD));
        assertThat(alice.get(PAGE).status()).isEqualTo(403);
        assertThat(alice.postForm(PAGE, fields("requirement", "OPTIONAL"), csrfOf(alice.get("/account").body())).status())
                .isEqualTo(403);
        assertThat(newSession().get(PAGE).status()).as("signed out: to the sign-in page").isEqualTo(302);
        assertThat(policies.current()).isEqualTo(InstancePolicy.DEFAULT);
    }
}
