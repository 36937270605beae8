package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.factor.SecurityKeyStore;
import org.symbolon.core.factor.StoredSecurityKey;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.SoftwareSecurityKey;
import org.symbolon.server.testing.TestUsers;

/**
 * The second step with a security key through the API, with a key in software that answers as
 * the spec says, and every way an answer can be wrong; run on H2 and on PostgreSQL.
 */
abstract class SecurityKeyApiFlowTest extends ServerTest {

    private static final String CHALLENGE = "/api/v1/session/second-factor/challenge";
    private static final String STEP = "/api/v1/session/second-factor";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    SecurityKeyStore keys;

    @Autowired
    JdbcClient jdbc;

    private final SoftwareSecurityKey key = new SoftwareSecurityKey();

    /** alice, with the software key registered as it would be after a registration. */
    private HttpSession aliceAtTheSecondStep() {
        UserAccount alice = TestUsers.user(accounts, "alice");
        keys.userHandle(alice.id(), UUID.randomUUID().toString().getBytes());
        keys.add(new StoredSecurityKey(0, UUID.randomUUID().toString(), alice.id(), key.credentialId(),
                key.publicKeyCose(), 0, null, Set.of("usb"), "Software key", Instant.now(), null));
        HttpSession client = newSession();
        HttpSession.Response password = client.apiSignIn("alice", TestUsers.USER_PASSWORD);
        assertThat(password.json().get("state").asString()).isEqualTo("SECOND_FACTOR");
        return client;
    }

    private String challenge(HttpSession client) {
        HttpSession.Response options = client.postJson(CHALLENGE, Map.of("method", "webauthn"));
        assertThat(options.status()).isEqualTo(200);
        var publicKey = options.json().get("publicKey");
        assertThat(publicKey.get("rpId").asString()).isEqualTo("localhost");
        assertThat(publicKey.get("userVerification").asString()).isEqualTo("discouraged");
        return publicKey.get("challenge").asString();
    }

    private HttpSession.Response answer(HttpSession client, String credentialJson) {
        return client.sendJson("POST", STEP, "{\"method\":\"webauthn\",\"credential\":" + credentialJson + "}");
    }

    private SoftwareSecurityKey.Answer honest(HttpSession client) {
        return key.honest(baseUrl(), "localhost", challenge(client));
    }

    private int failuresOfAlice() {
        return jdbc.sql("SELECT second_factor_failures FROM users WHERE username = 'alice'").query(Integer.class).single();
    }

    @Test
    void aKeyNeverUsedIsOfferedFirstAndItsAssertionSignsIn() {
        HttpSession client = aliceAtTheSecondStep();
        assertThat(client.get("/api/v1/session").json().get("methods").get(0).asString())
                .isEqualTo("webauthn");

        HttpSession.Response response = answer(client, key.assertion(honest(client)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("state").asString()).isEqualTo("AUTHENTICATED");
        assertThat(jdbc.sql("SELECT sign_count FROM security_keys").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReplayedAssertionIsRefusedSinceItsChallengeIsUsedUp() {
        HttpSession client = aliceAtTheSecondStep();
        String first = key.assertion(honest(client));
        HttpSession other = aliceAtTheSecondStepAgain();
        assertThat(answer(client, first).status()).isEqualTo(200);

        challenge(other);
        assertThat(answer(other, first).status()).isEqualTo(401);
    }

    private HttpSession aliceAtTheSecondStepAgain() {
        HttpSession client = newSession();
        client.apiSignIn("alice", TestUsers.USER_PASSWORD);
        return client;
    }

    @Test
    void anAnswerToAnotherChallengeOriginOrRpIdOrWithoutUserPresenceIsRefusedAndCounted() {
        HttpSession client = aliceAtTheSecondStep();
        SoftwareSecurityKey.Answer wrongChallenge = honest(client).withChallenge(new byte[32]);
        assertThat(answer(client, key.assertion(wrongChallenge)).json().get("code").asString())
                .isEqualTo("invalid_security_key");
        assertThat(answer(client, key.assertion(honest(client).withOrigin("https://evil.example"))).status())
                .isEqualTo(401);
        assertThat(answer(client, key.assertion(honest(client).withRpId("evil.example"))).status()).isEqualTo(401);
        assertThat(answer(client, key.assertion(honest(client).withoutUserPresence())).status()).isEqualTo(401);
        assertThat(failuresOfAlice()).isEqualTo(4);

        assertThat(answer(client, key.assertion(honest(client))).status()).isEqualTo(200);
        assertThat(failuresOfAlice()).isZero();
    }

    @Test
    void anUnknownCredentialOrAnAnswerWithoutChallengeIsRefused() {
        HttpSession client = aliceAtTheSecondStep();
        assertThat(answer(client, key.assertion(honest(client).withCredentialId(new byte[16]))).status()).isEqualTo(401);
        // No challenge asked for: nothing pending.
        assertThat(answer(client, key.assertion(key.honest(baseUrl(), "localhost", "AAAA"))).status()).isEqualTo(401);
    }

    @Test
    void aCounterThatGoesBackIsAClonedKeyRefusedAndAudited() {
        HttpSession client = aliceAtTheSecondStep();
        assertThat(answer(client, key.assertion(honest(client).withSignCount(10))).status()).isEqualTo(200);

        HttpSession clone = aliceAtTheSecondStepAgain();
        assertThat(answer(clone, key.assertion(honest(clone).withSignCount(5))).status()).isEqualTo(401);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE type = 'SECURITY_KEY_CLONED'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(failuresOfAlice()).isEqualTo(1);
    }

    @Test
    void malformedCredentialsGetA4xxNeverA500() {
        HttpSession client = aliceAtTheSecondStep();
        challenge(client);
        assertThat(answer(client, "\"not an object\"").status()).isEqualTo(400);
        assertThat(client.sendJson("POST", STEP, "{\"method\":\"webauthn\"}").status()).isEqualTo(400);
        assertThat(answer(client, "{}").status()).isEqualTo(401);
        assertThat(answer(client, "{\"type\":\"public-key\",\"id\":\"!!\",\"response\":{\"signature\":7}}").status())
                .isEqualTo(401);
        assertThat(answer(client, "{\"id\":\"" + "A".repeat(70_000) + "\"}").status()).isBetween(400, 499);
    }

    @Test
    void failedAssertionsShareTheAttemptLimit() {
        HttpSession client = aliceAtTheSecondStep();
        for (int i = 0; i < 5; i++) {
            assertThat(answer(client, key.assertion(honest(client).withRpId("evil.example"))).status()).isEqualTo(401);
        }
        HttpSession.Response throttled = answer(client, key.assertion(honest(client)));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isPresent();
    }

    @Test
    void aUserWithoutKeysGetsNoChallenge() {
        TestUsers.user(accounts, "bob");
        HttpSession client = newSession();
        client.apiSignIn("bob", TestUsers.USER_PASSWORD);
        assertThat(client.postJson(CHALLENGE, Map.of("method", "webauthn")).status()).isIn(401, 409);
    }
}
