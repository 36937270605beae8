package org.symbolon.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.symbolon.core.password.CommonPasswords;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.core.password.PasswordVerdict;
import org.symbolon.core.testing.CountingPasswordHasher;
import org.symbolon.core.testing.InMemoryUserStore;
import org.symbolon.core.testing.RecordingUserSessions;
import org.symbolon.core.testing.RecordingUserSessions.Ended;

class AccountSelfServiceTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.shipped());
    private static final String CURRENT = "violet-harbour-lantern";
    private static final String NEW = "another-good-passphrase";
    private static final Username ALICE = new Username("alice");

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final CountingPasswordHasher hasher = new CountingPasswordHasher();
    private final RecordingUserSessions sessions = new RecordingUserSessions();
    private final AccountSelfService selfService = new AccountSelfService(users, POLICY, hasher, sessions);

    @BeforeEach
    void setUp() {
        users.put("alice", Role.USER, AccountState.ACTIVE, hasher.currentHash(CURRENT));
    }

    @Test
    void wrongCurrentPasswordIsRefusedAndChangesNothing() {
        assertThat(selfService.changePassword(ALICE, "not-my-password", NEW, "session-1"))
                .isEqualTo(new AccountOutcome.Refused(AccountOutcome.Refusal.WRONG_CURRENT_PASSWORD));
        assertThat(users.passwordHashOf("alice")).isEqualTo(hasher.currentHash(CURRENT));
        assertThat(sessions.ended()).isEmpty();
    }

    @Test
    void malformedCurrentPasswordIsRefusedAsWrongRatherThanThrown() {
        AccountOutcome wrong = new AccountOutcome.Refused(AccountOutcome.Refusal.WRONG_CURRENT_PASSWORD);

        assertThat(selfService.changePassword(ALICE, null, NEW, "session-1")).isEqualTo(wrong);
        assertThat(selfService.changePassword(ALICE, "", NEW, "session-1")).isEqualTo(wrong);
        assertThat(selfService.changePassword(ALICE, "x".repeat(10_000), NEW, "session-1")).isEqualTo(wrong);
        assertThat(selfService.changePassword(ALICE, "violet\uD83D", NEW, "session-1")).isEqualTo(wrong);
    }

    @Test
    void weakNewPasswordIsRefusedWithTheReasonAndChangesNothing() {
        AccountOutcome outcome = selfService.changePassword(ALICE, CURRENT, "iloveyou", "session-1");

        assertThat(outcome).isEqualTo(new AccountOutcome.PasswordRefused(
                new PasswordVerdict.Refused(PasswordVerdict.Reason.COMMON, 0)));
        assertThat(users.passwordHashOf("alice")).isEqualTo(hasher.currentHash(CURRENT));
        assertThat(sessions.ended()).isEmpty();
    }

    @Test
    void newPasswordOfAnAdministratorNeedsTheAdministratorMinimum() {
        users.put("root", Role.ADMIN, AccountState.ACTIVE, hasher.currentHash("quiet-meadow-copper-engine"));

        assertThat(selfService.changePassword(new Username("root"), "quiet-meadow-copper-engine", "vhq7#kzm-plow2", "s"))
                .isEqualTo(new AccountOutcome.PasswordRefused(
                        new PasswordVerdict.Refused(PasswordVerdict.Reason.TOO_SHORT, 15)));
    }

    @Test
    void changedPasswordEndsEveryOtherSessionButKeepsTheCurrentOne() {
        AccountOutcome outcome = selfService.changePassword(ALICE, CURRENT, NEW, "session-1");

        assertThat(outcome).isInstanceOf(AccountOutcome.Done.class);
        assertThat(users.passwordHashOf("alice")).isEqualTo(hasher.currentHash(NEW));
        assertThat(sessions.ended()).containsExactly(new Ended("alice", "session-1"));
    }

    @Test
    void currentPasswordTypedInAnotherUnicodeFormIsAccepted() {
        users.put("bob", Role.USER, AccountState.ACTIVE, hasher.currentHash("caf\u00E9-au-lait-bitte"));

        assertThat(selfService.changePassword(new Username("bob"), "cafe\u0301-au-lait-bitte", NEW, "s"))
                .isInstanceOf(AccountOutcome.Done.class);
    }

    @Test
    void unknownAccountIsRefusedAsNotFound() {
        assertThat(selfService.changePassword(new Username("nobody"), CURRENT, NEW, "session-1"))
                .isEqualTo(new AccountOutcome.Refused(AccountOutcome.Refusal.NOT_FOUND));
    }

    @Test
    void profileChangeReplacesDisplayNameAndEmail() {
        ProfileChange change = new ProfileChange(new DisplayName("Alice Smith"),
                Optional.of(new EmailAddress("alice@example.com")));

        AccountOutcome outcome = selfService.changeProfile(ALICE, change);

        assertThat(outcome).isInstanceOf(AccountOutcome.Done.class);
        UserAccount alice = ((AccountOutcome.Done) outcome).account();
        assertThat(alice.displayName().value()).isEqualTo("Alice Smith");
        assertThat(alice.email()).contains(new EmailAddress("alice@example.com"));
    }

    @Test
    void profileChangeOfAnUnknownAccountIsRefusedAsNotFound() {
        assertThat(selfService.changeProfile(new Username("nobody"), new ProfileChange(new DisplayName(""), Optional.empty())))
                .isEqualTo(new AccountOutcome.Refused(AccountOutcome.Refusal.NOT_FOUND));
    }
}
