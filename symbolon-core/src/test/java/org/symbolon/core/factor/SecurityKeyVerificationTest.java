package org.symbolon.core.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.attempt.AttemptPolicy;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.factor.TotpCredentialStore.UseRecord;

/** The second step with a security key: the attempt limit, the clone check and the audit events. */
class SecurityKeyVerificationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final ClientInfo CLIENT = new ClientInfo("192.0.2.1", "test");
    private static final UserAccount ALICE = new UserAccount(1, new Username("alice"), new DisplayName(""),
            Optional.empty(), Role.USER, AccountState.ACTIVE, NOW);
    private static final StoredSecurityKey KEY = new StoredSecurityKey(7, "k", 1, new byte[] {1}, new byte[] {2}, 5, null,
            Set.of("usb"), "YubiKey", NOW, null);

    private AttemptState attempts = AttemptState.CLEAR;
    private long storedCount = KEY.signCount();
    private final List<SecurityEvent> events = new ArrayList<>();

    private final SecondFactorAttemptStore attemptStore = new SecondFactorAttemptStore() {
        @Override
        public AttemptState load(long userId) {
            return attempts;
        }

        @Override
        public boolean reserve(long userId, AttemptState seen, Instant now) {
            attempts = AttemptPolicy.DEFAULT.afterFailure(seen, now);
            return true;
        }

        @Override
        public boolean clearIfUnchanged(long userId, AttemptState seen) {
            attempts = AttemptState.CLEAR;
            return true;
        }

        @Override
        public void lock(long userId) {
        }

        @Override
        public void clear(long userId) {
            attempts = AttemptState.CLEAR;
        }
    };

    private final SecurityKeyStore keys = new SecurityKeyStore() {
        @Override
        public List<StoredSecurityKey> keysOf(long userId) {
            return List.of(KEY);
        }

        @Override
        public int countOf(long userId) {
            return 1;
        }

        @Override
        public Optional<StoredSecurityKey> byCredentialId(byte[] credentialId) {
            return Optional.of(KEY);
        }

        @Override
        public Optional<byte[]> userHandleOf(long userId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> usernameOfHandle(byte[] userHandle) {
            return Optional.empty();
        }

        @Override
        public byte[] userHandle(long userId, byte[] candidate) {
            return candidate;
        }

        @Override
        public boolean add(StoredSecurityKey key) {
            return true;
        }

        @Override
        public UseRecord recordUse(long keyId, long signCount, Instant now, long userId, int failuresSeen) {
            if (!(signCount > storedCount || signCount == 0 && storedCount == 0)) {
                return UseRecord.STEP_USED;
            }
            storedCount = signCount;
            return UseRecord.RECORDED;
        }

        @Override
        public boolean rename(long userId, String publicId, String name) {
            return true;
        }

        @Override
        public boolean delete(long userId, String publicId) {
            return true;
        }

        @Override
        public int deleteAll(long userId) {
            return 1;
        }
    };

    private final SecurityKeyVerification verification = new SecurityKeyVerification(
            userId -> Optional.of(new SecondStepContext(ALICE, attempts, List.of(), List.of(), 0, false, null, false, null, 1, null)),
            keys, attemptStore, events::add, AttemptPolicy.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAcceptedAssertionWhoseCounterMovesOnSignsInAndIsAudited() {
        SecondFactorOutcome outcome = verification.verify(1, context -> new SecurityKeyCheck.Accepted(KEY, 6), CLIENT);

        assertThat(outcome).isInstanceOf(SecondFactorOutcome.Verified.class);
        assertThat(((SecondFactorOutcome.Verified) outcome).method()).isEqualTo(SecondFactorMethod.WEBAUTHN);
        assertThat(events).extracting(SecurityEvent::type).containsExactly(SecurityEventType.SECOND_FACTOR_SUCCEEDED);
        assertThat(storedCount).isEqualTo(6);
    }

    @Test
    void aCounterThatDoesNotMoveOnIsACloneRefusedCountedAndAudited() {
        SecondFactorOutcome outcome = verification.verify(1, context -> new SecurityKeyCheck.Accepted(KEY, 5), CLIENT);

        assertThat(outcome).isEqualTo(new SecondFactorOutcome.Rejected("CLONED_KEY"));
        assertThat(events).extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.SECURITY_KEY_CLONED, SecurityEventType.SECOND_FACTOR_FAILED);
        assertThat(attempts.consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void aRefusedAssertionCountsAndTheLimitStopsTheNextBeforeTheKeyIsAsked() {
        for (int i = 0; i < 5; i++) {
            verification.verify(1, context -> new SecurityKeyCheck.Rejected("WRONG_ORIGIN"), CLIENT);
        }
        List<SecondStepContext> asked = new ArrayList<>();
        SecondFactorOutcome outcome = verification.verify(1, context -> {
            asked.add(context);
            return new SecurityKeyCheck.Accepted(KEY, 9);
        }, CLIENT);

        assertThat(outcome).isInstanceOf(SecondFactorOutcome.Throttled.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void aKeyOfAnotherUserIsRefused() {
        StoredSecurityKey bobs = new StoredSecurityKey(8, "b", 2, new byte[] {3}, new byte[] {4}, 0, null, Set.of(), "Bob's",
                NOW, null);
        assertThat(verification.verify(1, context -> new SecurityKeyCheck.Accepted(bobs, 1), CLIENT))
                .isEqualTo(new SecondFactorOutcome.Rejected("CREDENTIAL_OF_ANOTHER_USER"));
    }
}
