package org.symbolon.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.factor.CredentialState;
import org.symbolon.core.factor.StoredTotpCredential;
import org.symbolon.core.factor.TotpCredentialStore;
import org.symbolon.core.factor.TotpCredentialStore.UseRecord;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** The TOTP credential store on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class TotpCredentialStoreTest extends ServerTest {

    // Microseconds, which both databases keep, so that times read back equal those written.
    private static final Instant ENROLLED = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final Instant EXPIRES = ENROLLED.plus(Duration.ofMinutes(10));
    private static final Instant LATER = ENROLLED.plus(Duration.ofMinutes(2));

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpCredentialStore store;

    @Autowired
    JdbcClient jdbc;

    long alice;
    long bob;

    @BeforeEach
    void users() {
        alice = TestUsers.user(accounts, "alice").id();
        bob = TestUsers.user(accounts, "bob").id();
    }

    @Test
    void aPendingCredentialIsFoundWithAllItsFieldsUntilItExpires() {
        StoredTotpCredential pending = pending(alice, new TotpSettings(OtpAlgorithm.SHA256, 8, 60));
        store.insertPending(pending);

        StoredTotpCredential found = store.findPending(alice, pending.publicId(), ENROLLED).orElseThrow();
        assertThat(found).usingRecursiveComparison().ignoringFields("id").isEqualTo(pending);
        assertThat(found.id()).isPositive();

        assertThat(store.findPending(alice, pending.publicId(), EXPIRES.minusNanos(1000))).isPresent();
        assertThat(store.findPending(alice, pending.publicId(), EXPIRES)).isEmpty();
        assertThat(store.findPending(alice, pending.publicId(), EXPIRES.plusSeconds(1))).isEmpty();
        assertThat(store.findActive(alice)).isEmpty();
        assertThat(store.countActive(alice)).isZero();
    }

    @Test
    void aPendingCredentialIsNotFoundUnderAnotherUserOrAnotherId() {
        StoredTotpCredential pending = pending(alice, TotpSettings.DEFAULT);
        store.insertPending(pending);

        assertThat(store.findPending(bob, pending.publicId(), ENROLLED)).isEmpty();
        assertThat(store.findPending(alice, UUID.randomUUID().toString(), ENROLLED)).isEmpty();
    }

    @Test
    void onlyAPendingCredentialWithAnExpiryCanBeInserted() {
        StoredTotpCredential pending = pending(alice, TotpSettings.DEFAULT);
        StoredTotpCredential active = new StoredTotpCredential(0, pending.publicId(), alice, "phone",
                pending.sealedSecret(), TotpSettings.DEFAULT, CredentialState.ACTIVE, 0, -1, ENROLLED, null, null);
        StoredTotpCredential forever = new StoredTotpCredential(0, pending.publicId(), alice, "phone",
                pending.sealedSecret(), TotpSettings.DEFAULT, CredentialState.PENDING, 0, -1, ENROLLED, null, null);

        assertThatThrownBy(() -> store.insertPending(active)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.insertPending(forever)).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM totp_credentials").query(Integer.class).single()).isZero();
    }

    @Test
    void activationWorksOnceAndRecordsTheStepThatProvedIt() {
        long id = insertPending(alice);

        assertThat(store.activate(id, 1000, -1, LATER)).isTrue();
        assertThat(store.activate(id, 1001, 0, LATER)).isFalse();

        assertThat(store.findPending(alice, publicId(id), LATER)).isEmpty();
        assertThat(store.countActive(alice)).isEqualTo(1);
        StoredTotpCredential active = store.findActive(alice).get(0);
        assertThat(active.id()).isEqualTo(id);
        assertThat(active.state()).isEqualTo(CredentialState.ACTIVE);
        assertThat(active.lastUsedStep()).isEqualTo(1000);
        assertThat(active.offsetSteps()).isEqualTo(-1);
        assertThat(active.lastUsedAt()).isEqualTo(LATER);
        assertThat(active.expiresAt()).isNull();
    }

    @Test
    void anExpiredCredentialCannotBeActivated() {
        long id = insertPending(alice);

        assertThat(store.activate(id, 1000, 0, EXPIRES)).isFalse();
        assertThat(store.activate(id, 1000, 0, EXPIRES.plusSeconds(3600))).isFalse();
        assertThat(store.countActive(alice)).isZero();
    }

    @Test
    void recordUseAcceptsOnlyStepsLaterThanEveryAcceptedOne() {
        long id = insertPending(alice);
        store.activate(id, 1000, 0, LATER);

        assertThat(recordUse(id, 1000, 0, LATER)).as("the step that activated").isFalse();
        assertThat(recordUse(id, 999, 0, LATER)).as("an earlier step").isFalse();
        assertThat(recordUse(id, 1001, 1, LATER)).isTrue();
        assertThat(recordUse(id, 1001, 1, LATER)).as("the same step again").isFalse();
        assertThat(recordUse(id, 1005, -1, LATER.plusSeconds(120))).isTrue();
        assertThat(recordUse(id, 1003, 0, LATER.plusSeconds(130))).as("a step skipped over").isFalse();

        StoredTotpCredential active = store.findActive(alice).get(0);
        assertThat(active.lastUsedStep()).isEqualTo(1005);
        assertThat(active.offsetSteps()).isEqualTo(-1);
        assertThat(active.lastUsedAt()).isEqualTo(LATER.plusSeconds(120));
    }

    @Test
    void recordUseTellsAReplayFromAFailureCountedMeanwhile() {
        long id = insertPending(alice);
        store.activate(id, 1000, 0, LATER);
        jdbc.sql("UPDATE users SET second_factor_failures = 3 WHERE id = ?").param(alice).update();

        assertThat(store.recordUse(id, 1001, 0, LATER, alice, 2)).isEqualTo(UseRecord.ATTEMPTS_CHANGED);
        assertThat(store.findActive(alice).get(0).lastUsedStep()).as("nothing spent").isEqualTo(1000);
        assertThat(store.recordUse(id, 1000, 0, LATER, alice, 3)).isEqualTo(UseRecord.STEP_USED);
        assertThat(store.recordUse(id, 1001, 0, LATER, alice, 3)).isEqualTo(UseRecord.RECORDED);
    }

    @Test
    void aPendingCredentialTakesNoCodeOutsideActivation() {
        long id = insertPending(alice);

        assertThat(recordUse(id, 1000, 0, LATER)).isFalse();
        assertThat(store.countActive(alice)).isZero();
    }

    @Test
    void fiftyServersAcceptingTheSameCodeAtOnceAcceptItExactlyOnce() throws Exception {
        long id = insertPending(alice);
        store.activate(id, 1000, 0, LATER);

        long winners = Race.countWinners(() -> recordUse(id, 1001, 0, LATER));

        assertThat(winners).isEqualTo(1);
        assertThat(store.findActive(alice).get(0).lastUsedStep()).isEqualTo(1001);
    }

    @Test
    void fiftyActivationsAtOnceSucceedExactlyOnce() throws Exception {
        long id = insertPending(alice);

        assertThat(Race.countWinners(() -> store.activate(id, 1000, 0, LATER))).isEqualTo(1);
    }

    @Test
    void activeCredentialsAreListedOldestFirst() {
        long first = insertPending(alice, ENROLLED);
        long second = insertPending(alice, ENROLLED.plusSeconds(5));
        store.activate(second, 1000, 0, LATER);
        store.activate(first, 1000, 0, LATER);

        assertThat(store.findActive(alice)).extracting(StoredTotpCredential::id).containsExactly(first, second);
        assertThat(store.findActive(bob)).isEmpty();
    }

    @Test
    void deleteRemovesOnlyTheGivenUsersCredential() {
        long aliceCredential = insertPending(alice);
        long bobCredential = insertPending(bob);

        assertThat(store.delete(bob, publicId(aliceCredential))).as("bob deleting alice's").isFalse();
        assertThat(store.delete(alice, publicId(aliceCredential))).isTrue();
        assertThat(store.delete(alice, publicId(bobCredential))).isFalse();
        assertThat(store.delete(alice, UUID.randomUUID().toString())).isFalse();

        assertThat(rowsOf(alice)).isZero();
        assertThat(rowsOf(bob)).isEqualTo(1);
    }

    @Test
    void deleteAllRemovesPendingAndActiveCredentialsOfThatUserOnly() {
        long active = insertPending(alice);
        store.activate(active, 1000, 0, LATER);
        insertPending(alice);
        insertPending(bob);

        assertThat(store.deleteAll(alice)).isEqualTo(2);
        assertThat(store.deleteAll(alice)).isZero();
        assertThat(rowsOf(alice)).isZero();
        assertThat(rowsOf(bob)).isEqualTo(1);
    }

    @Test
    void deletingAUserDeletesTheirCredentials() {
        store.activate(insertPending(alice), 1000, 0, LATER);
        insertPending(alice);
        insertPending(bob);

        jdbc.sql("DELETE FROM users WHERE id = ?").param(alice).update();

        assertThat(rowsOf(alice)).isZero();
        assertThat(rowsOf(bob)).isEqualTo(1);
    }

    /** A use by alice, who has no failures counted. */
    private boolean recordUse(long id, long step, int offsetSteps, Instant now) {
        return store.recordUse(id, step, offsetSteps, now, alice, 0) == UseRecord.RECORDED;
    }

    private long insertPending(long userId) {
        return insertPending(userId, ENROLLED);
    }

    private long insertPending(long userId, Instant createdAt) {
        StoredTotpCredential credential = new StoredTotpCredential(0, UUID.randomUUID().toString(), userId, "phone",
                "sealed".getBytes(StandardCharsets.US_ASCII), TotpSettings.DEFAULT, CredentialState.PENDING,
                0, -1, createdAt, null, EXPIRES);
        store.insertPending(credential);
        return store.findPending(userId, credential.publicId(), createdAt).orElseThrow().id();
    }

    private static StoredTotpCredential pending(long userId, TotpSettings settings) {
        byte[] sealed = new byte[60];
        for (int i = 0; i < sealed.length; i++) {
            sealed[i] = (byte) (255 - i);
        }
        return new StoredTotpCredential(0, UUID.randomUUID().toString(), userId, "Phone \u00e9\u4e2d",
                sealed, settings, CredentialState.PENDING, 0, -1, ENROLLED, null, EXPIRES);
    }

    private String publicId(long id) {
        return jdbc.sql("SELECT public_id FROM totp_credentials WHERE id = ?").param(id).query(String.class).single();
    }

    private int rowsOf(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM totp_credentials WHERE user_id = ?").param(userId)
                .query(Integer.class).single();
    }
}
