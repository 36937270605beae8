package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.Username;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.factor.RecoveryCodeIssuer;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;
import tools.jackson.databind.JsonNode;

/** GET and PUT /api/v1/admin/policy; run on H2 and PostgreSQL by the subclasses. */
abstract class AdminPolicyApiTest extends ServerTest {

    private static final String ACME_POLICY = """
            {"requirement":"required_for_all","graceDays":7,"allowedMethods":["totp"],
             "serviceNameOverride":"ACME Sign-in",
             "totpDefaultsOverride":{"algorithm":"sha256","digits":8,"period":60}}""";

    private static final String DEFAULT_POLICY = """
            {"requirement":"REQUIRED_FOR_ADMINS","graceDays":0,"allowedMethods":["totp","recovery_code"],
             "serviceNameOverride":null,"totpDefaultsOverride":null}""";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmailFactorStore emailFactors;

    @Autowired
    RecoveryCodeIssuer recoveryCodes;

    private HttpSession confirmedRoot() {
        return AdminSessions.confirmedAdmin(newSession(), accounts, enrollment, "root");
    }

    @Test
    void theShippedPolicyShowsTheConfiguredServiceNameAndAuthenticatorSettings() {
        policy(TwoFactorRequirement.REQUIRED_FOR_ADMINS, 0);

        JsonNode policy = confirmedRoot().get("/api/v1/admin/policy").json();

        assertThat(policy.toString()).isEqualTo("{\"requirement\":\"REQUIRED_FOR_ADMINS\",\"graceDays\":0,"
                + "\"allowedMethods\":[\"webauthn\",\"totp\",\"hotp\",\"recovery_code\"],\"serviceName\":\"Symbolon\",\"serviceNameOverride\":null,"
                + "\"totpDefaults\":{\"algorithm\":\"SHA1\",\"digits\":6,\"period\":30},\"totpDefaultsOverride\":null}");
    }

    @Test
    void aNewPolicyIsStoredAppliesToNewAuthenticatorsAndIsAudited() {
        HttpSession root = confirmedRoot();

        HttpSession.Response changed = root.sendJson("PUT", "/api/v1/admin/policy", ACME_POLICY);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode policy = changed.json();
        assertThat(policy.get("requirement").asString()).isEqualTo("REQUIRED_FOR_ALL");
        assertThat(policy.get("graceDays").asInt()).isEqualTo(7);
        assertThat(policy.get("allowedMethods").toString()).isEqualTo("[\"totp\"]");
        assertThat(policy.get("serviceName").asString()).isEqualTo("ACME Sign-in");
        assertThat(policy.get("serviceNameOverride").asString()).isEqualTo("ACME Sign-in");
        assertThat(policy.get("totpDefaults").toString()).isEqualTo("{\"algorithm\":\"SHA256\",\"digits\":8,\"period\":60}");
        assertThat(policy.get("totpDefaultsOverride")).isEqualTo(policy.get("totpDefaults"));
        assertThat(policy.get("warnings").toString()).isEqualTo("[]");
        assertThat(root.get("/api/v1/admin/policy").json().get("requirement").asString()).isEqualTo("REQUIRED_FOR_ALL");

        Map<String, Object> row = jdbc.sql("SELECT * FROM instance_policy").query().singleRow();
        assertThat(row).containsEntry("REQUIREMENT", "REQUIRED_FOR_ALL").containsEntry("GRACE_DAYS", 7)
                .containsEntry("ALLOWED_METHODS", "TOTP").containsEntry("SERVICE_NAME", "ACME Sign-in")
                .containsEntry("TOTP_ALGORITHM", "SHA256").containsEntry("TOTP_DIGITS", 8)
                .containsEntry("TOTP_PERIOD", 60).containsEntry("UPDATED_BY", "root");
        assertThat(AuditTrail.of(jdbc, SecurityEventType.POLICY_CHANGED)).last().asString()
                .startsWith("POLICY_CHANGED user=- actor=root detail=requirement=REQUIRED_FOR_ALL graceDays=7 methods=TOTP");

        HttpSession.Response started = root.postJson("/api/v1/account/totp",
                Map.of("password", TestUsers.ADMIN_PASSWORD, "name", "Second phone"));
        assertThat(started.json().get("otpauthUri").asString())
                .startsWith("otpauth://totp/ACME%20Sign-in:root?")
                .contains("algorithm=SHA256", "digits=8", "period=60");
    }

    @Test
    void nullOverridesMeanTheConfiguredServiceNameAndSettingsAgain() {
        HttpSession root = confirmedRoot();
        root.sendJson("PUT", "/api/v1/admin/policy", ACME_POLICY);

        HttpSession.Response reset = root.sendJson("PUT", "/api/v1/admin/policy", DEFAULT_POLICY);

        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().get("serviceName").asString()).isEqualTo("Symbolon");
        assertThat(reset.json().get("serviceNameOverride").isNull()).isTrue();
        assertThat(reset.json().get("totpDefaults").toString()).isEqualTo("{\"algorithm\":\"SHA1\",\"digits\":6,\"period\":30}");
        assertThat(reset.json().get("totpDefaultsOverride").isNull()).isTrue();
        Map<String, Object> row = jdbc.sql("SELECT * FROM instance_policy").query().singleRow();
        assertThat(row).containsEntry("SERVICE_NAME", null).containsEntry("TOTP_ALGORITHM", null)
                .containsEntry("TOTP_DIGITS", null).containsEntry("TOTP_PERIOD", null);
    }

    @Test
    void anAdministratorWithoutASecondFactorIsWarnedWhenThePolicyWillRequireOneOfThem() {
        HttpSession admin = AdminSessions.unconfirmedAdmin(newSession(), accounts, "root");

        HttpSession.Response required = admin.sendJson("PUT", "/api/v1/admin/policy", DEFAULT_POLICY);
        assertThat(required.status()).as(required.body()).isEqualTo(200);
        assertThat(required.json().get("warnings").toString()).isEqualTo("[\"actor_must_enroll\"]");

        HttpSession.Response optional = admin.sendJson("PUT", "/api/v1/admin/policy",
                DEFAULT_POLICY.replace("REQUIRED_FOR_ADMINS", "OPTIONAL"));
        assertThat(optional.json().get("warnings").toString()).isEqualTo("[]");
    }

    @Test
    void turningOffTheOnlyMethodsThatUsersHaveWarnsHowManyItStrands() {
        HttpSession root = confirmedRoot();
        Instant now = Instant.now();
        emailFactors.add(TestUsers.user(accounts, "alice").id(), new EmailAddress("alice@example.com"), now);
        long bob = TestUsers.user(accounts, "bob").id();
        emailFactors.add(bob, new EmailAddress("bob@example.com"), now);
        recoveryCodes.issue(bob, now);
        emailFactors.add(TestUsers.user(accounts, "carol").id(), new EmailAddress("carol@example.com"), now);
        accounts.changeState(new Username("carol"), AccountState.DISABLED);
        TestUsers.user(accounts, "dave");

        HttpSession.Response withEmail = root.sendJson("PUT", "/api/v1/admin/policy",
                DEFAULT_POLICY.replace("\"totp\",", "\"totp\",\"email\","));
        assertThat(withEmail.json().get("strandedUsers").asInt()).as(withEmail.body()).isZero();

        // Alice has only e-mail; Bob has recovery codes to fall back on; Carol is disabled; Dave has no factor.
        HttpSession.Response emailOff = root.sendJson("PUT", "/api/v1/admin/policy", DEFAULT_POLICY);
        assertThat(emailOff.status()).as(emailOff.body()).isEqualTo(200);
        assertThat(emailOff.json().get("strandedUsers").asInt()).isEqualTo(1);
        assertThat(emailOff.json().get("warnings").toString()).isEqualTo("[\"users_stranded\"]");

        HttpSession.Response recoveryOff = root.sendJson("PUT", "/api/v1/admin/policy",
                DEFAULT_POLICY.replace(",\"recovery_code\"", ""));
        assertThat(recoveryOff.json().get("strandedUsers").asInt()).isEqualTo(2);

        assertThat(root.get("/api/v1/admin/policy").json().has("strandedUsers")).isFalse();
    }

    @Test
    void plainUsersAndAnonymousCallersCannotReadOrChangeThePolicy() {
        HttpSession alice = AdminSessions.user(newSession(), accounts, "alice");
        HttpSession anonymous = newSession().primeApi();
        Map<String, Object> before = jdbc.sql("SELECT * FROM instance_policy").query().singleRow();

        for (HttpSession client : new HttpSession[] {alice, anonymous}) {
            int expected = client == alice ? 403 : 401;
            String code = client == alice ? "forbidden" : "unauthenticated";
            HttpSession.Response read = client.get("/api/v1/admin/policy");
            HttpSession.Response write = client.sendJson("PUT", "/api/v1/admin/policy", ACME_POLICY);
            assertThat(read.status()).isEqualTo(expected);
            assertThat(read.json().get("code").asString()).isEqualTo(code);
            assertThat(write.status()).isEqualTo(expected);
            assertThat(write.json().get("code").asString()).isEqualTo(code);
        }
        assertThat(jdbc.sql("SELECT * FROM instance_policy").query().singleRow()).isEqualTo(before);
        assertThat(AuditTrail.of(jdbc, SecurityEventType.POLICY_CHANGED)).isEmpty();
    }
}
