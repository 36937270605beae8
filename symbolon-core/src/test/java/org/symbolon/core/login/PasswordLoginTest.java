package org.symbolon.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.login.LoginOutcome.RefusalReason;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.testing.CountingPasswordHasher;
import org.symbolon.core.testing.InMemoryPasswordAttempts;
import org.symbolon.core.testing.MutableClock;
import org.symbolon.core.testing.InMemoryUserStore;

class PasswordLoginTest {

    private static final String PASSWORD = "violet-harbour-lantern";

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final CountingPasswordHasher hasher = new CountingPasswordHasher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final InMemoryPasswordAttempts attempts = new InMemoryPasswordAttempts();
    private InstancePolicy policy = InstancePolicy.DEFAULT;
    private PasswordLogin login;
    private UserAccount alice;

    @BeforeEach
    void setUp() {
        alice = users.put("alice", Role.USER, AccountState.ACTIVE, hasher.currentHash(PASSWORD));
        login = new PasswordLogin(users, attempts, hasher, () -> policy, clock);
        // The constructor hashes a decoy once; the tests count only the work of each attempt.
        hasher.resetCounts();
    }

    private static LoginOutcome refused(RefusalReason reason) {
        return new LoginOutcome.Refused(reason);
    }

    @Test
    void rightPasswordSignsIn() {
        assertThat(login.attempt("alice", PASSWORD)).isEqualTo(new LoginOutcome.Authenticated(alice, AfterSignIn.NOTHING));
        assertThat(hasher.matchCalls()).isEqualTo(1);
    }

    @Test
    void usernameLookupIgnoresCase() {
        assertThat(login.attempt("ALICE", PASSWORD)).isEqualTo(new LoginOutcome.Authenticated(alice, AfterSignIn.NOTHING));
    }

    @Test
    void spacesAroundTheUsernameAreIgnored() {
        assertThat(login.attempt("  alice ", PASSWORD)).isEqualTo(new LoginOutcome.Authenticated(alice, AfterSignIn.NOTHING));
    }

    @Test
    void passwordTypedInAnotherUnicodeFormStillMatches() {
        users.put("bob", Role.USER, AccountState.ACTIVE, hasher.currentHash("caf\u00E9-au-lait-bitte"));

        assertThat(login.attempt("bob", "cafe\u0301-au-lait-bitte")).isInstanceOf(LoginOutcome.Authenticated.class);
    }

    @Test
    void unknownUserIsRefusedAfterOneHashCheck() {
        assertThat(login.attempt("mallory", PASSWORD)).isEqualTo(refused(RefusalReason.UNKNOWN_USER));
        assertThat(hasher.matchCalls()).isEqualTo(1);
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void wrongPasswordIsRefusedAfterOneHashCheck() {
        assertThat(login.attempt("alice", "violet-harbour-lanterns")).isEqualTo(refused(RefusalReason.WRONG_PASSWORD));
        assertThat(hasher.matchCalls()).isEqualTo(1);
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void passwordIsNotCaseFolded() {
        assertThat(login.attempt("alice", PASSWORD.toUpperCase())).isEqualTo(refused(RefusalReason.WRONG_PASSWORD));
    }

    @Test
    void disabledUserWithTheRightPasswordIsRefusedAfterOneHashCheck() {
        users.put("carol", Role.USER, AccountState.DISABLED, hasher.currentHash(PASSWORD));

        assertThat(login.attempt("carol", PASSWORD)).isEqualTo(refused(RefusalReason.DISABLED));
        assertThat(hasher.matchCalls()).isEqualTo(1);
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void disabledUserWithAWrongPasswordLooksLikeAnyWrongPassword() {
        users.put("carol", Role.USER, AccountState.DISABLED, hasher.currentHash(PASSWORD));

        assertThat(login.attempt("carol", "not-her-password")).isEqualTo(refused(RefusalReason.WRONG_PASSWORD));
    }

    static Stream<Arguments> malformedInputs() {
        return Stream.of(
                arguments(named("null username", null), PASSWORD),
                arguments(named("empty username", ""), PASSWORD),
                arguments(named("blank username", "   "), PASSWORD),
                arguments(named("username starting with a dash", "-abc"), PASSWORD),
                arguments(named("username with a space inside", "al ice"), PASSWORD),
                arguments(named("username with NUL", "ali\u0000ce"), PASSWORD),
                arguments(named("username with a lone surrogate", "alice\uD83D"), PASSWORD),
                arguments(named("10,000-character username", "a".repeat(10_000)), PASSWORD),
                arguments(named("null password", "alice"), null),
                arguments(named("empty password", "alice"), ""),
                arguments(named("password with a lone surrogate", "alice"), "violet\uDE00harbour"),
                arguments(named("password with U+FFFD", "alice"), "violet\uFFFDharbour"),
                arguments(named("10,000-character password", "alice"), "x".repeat(10_000)));
    }

    @ParameterizedTest
    @MethodSource("malformedInputs")
    void malformedInputIsRefusedAfterOneHashCheck(String username, String password) {
        assertThat(login.attempt(username, password)).isEqualTo(refused(RefusalReason.MALFORMED_INPUT));
        assertThat(hasher.matchCalls()).isEqualTo(1);
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void successfulSignInUpgradesAnOldHash() {
        users.put("dave", Role.USER, AccountState.ACTIVE, hasher.oldHash(PASSWORD));

        assertThat(login.attempt("dave", PASSWORD)).isInstanceOf(LoginOutcome.Authenticated.class);

        assertThat(hasher.hashCalls()).isEqualTo(1);
        assertThat(users.passwordHashOf("dave")).isEqualTo(hasher.currentHash(PASSWORD));
    }

    @Test
    void upgradeHashesTheNormalizedPassword() {
        users.put("dave", Role.USER, AccountState.ACTIVE, hasher.oldHash("caf\u00E9-au-lait-bitte"));

        login.attempt("dave", "cafe\u0301-au-lait-bitte");

        assertThat(users.passwordHashOf("dave")).isEqualTo(hasher.currentHash("caf\u00E9-au-lait-bitte"));
    }

    @Test
    void successfulSignInLeavesACurrentHashAlone() {
        login.attempt("alice", PASSWORD);

        assertThat(hasher.hashCalls()).isZero();
        assertThat(users.passwordHashOf("alice")).isEqualTo(hasher.currentHash(PASSWORD));
    }

    @Test
    void oldHashIsNeverUpgradedOnAWrongPassword() {
        users.put("dave", Role.USER, AccountState.ACTIVE, hasher.oldHash(PASSWORD));

        login.attempt("dave", "wrong-password-here");

        assertThat(hasher.hashCalls()).isZero();
        assertThat(users.passwordHashOf("dave")).isEqualTo(hasher.oldHash(PASSWORD));
    }

    @Test
    void oldHashOfADisabledAccountIsNeverUpgraded() {
        users.put("erin", Role.USER, AccountState.DISABLED, hasher.oldHash(PASSWORD));

        assertThat(login.attempt("erin", PASSWORD)).isEqualTo(refused(RefusalReason.DISABLED));

        assertThat(hasher.hashCalls()).isZero();
        assertThat(users.passwordHashOf("erin")).isEqualTo(hasher.oldHash(PASSWORD));
    }

    @Test
    void aRightPasswordForAnAccountWithASecondFactorLeadsToTheSecondStep() {
        users.put("carol", org.symbolon.core.account.Role.USER, org.symbolon.core.account.AccountState.ACTIVE,
                hasher.hash("violet-harbour-lantern"));
        users.giveSecondFactor("carol");

        LoginOutcome outcome = login.attempt("carol", "violet-harbour-lantern");

        org.assertj.core.api.Assertions.assertThat(outcome).isInstanceOf(LoginOutcome.SecondFactorRequired.class);
    }

    @Test
    void afterFiveWrongPasswordsInARowTheNextAttemptWaitsWithoutAComparison() {
        for (int i = 0; i < 5; i++) {
            assertThat(login.attempt("alice", "wrong-password-" + i)).isEqualTo(refused(RefusalReason.WRONG_PASSWORD));
        }
        hasher.resetCounts();

        assertThat(login.attempt("alice", PASSWORD)).isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(1)));
        assertThat(hasher.matchCalls()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(login.attempt("alice", "wrong-password-5")).isEqualTo(refused(RefusalReason.WRONG_PASSWORD));
        assertThat(login.attempt("alice", PASSWORD)).isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));

        assertThat(login.attempt("alice", PASSWORD)).isInstanceOf(LoginOutcome.Authenticated.class);
        assertThat(attempts.load("alice")).isEqualTo(AttemptState.CLEAR);
    }

    @Test
    void anUnknownNameIsSlowedDownJustTheSameAndTheWaitStopsAtFifteenMinutes() {
        for (int i = 0; i < 20; i++) {
            clock.advance(PasswordLogin.ATTEMPTS.delayAfter(i));
            assertThat(login.attempt("mallory", PASSWORD)).isEqualTo(refused(RefusalReason.UNKNOWN_USER));
        }

        assertThat(login.attempt("mallory", PASSWORD)).isEqualTo(new LoginOutcome.Throttled(Duration.ofMinutes(15)));
        assertThat(login.attempt("MALLORY ", PASSWORD)).isEqualTo(new LoginOutcome.Throttled(Duration.ofMinutes(15)));
        assertThat(login.attempt("alice", PASSWORD)).isInstanceOf(LoginOutcome.Authenticated.class);
    }

    @Test
    void anAttemptThatFindsAnotherOneUnderWayForTheSameNameWaits() {
        AttemptState seen = attempts.load("alice");
        attempts.reserve("alice", seen, clock.instant());
        PasswordLogin racing = new PasswordLogin(users, new InMemoryPasswordAttempts() {
            @Override
            public synchronized AttemptState load(String usernameKey) {
                return seen;
            }

            @Override
            public synchronized boolean reserve(String usernameKey, AttemptState state, Instant now) {
                return attempts.reserve(usernameKey, state, now);
            }
        }, hasher, () -> policy, clock);
        hasher.resetCounts();

        assertThat(racing.attempt("alice", PASSWORD)).isEqualTo(new LoginOutcome.Throttled(Duration.ofSeconds(1)));
        assertThat(hasher.matchCalls()).isZero();
    }

    @Test
    void malformedInputIsNotCounted() {
        for (int i = 0; i < 10; i++) {
            login.attempt("alice", "");
        }
        assertThat(attempts.load("alice")).isEqualTo(AttemptState.CLEAR);
    }
}
