package org.symbolon.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symbolon.core.password.CommonPasswords;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.core.password.PasswordVerdict;
import org.symbolon.core.testing.CountingPasswordHasher;
import org.symbolon.core.testing.InMemoryUserStore;
import org.symbolon.core.testing.RecordingUserSessions;
import org.symbolon.core.testing.RecordingUserSessions.Ended;

class AccountAdministrationTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.shipped());
    private static final Instant NOW = Instant.parse("2030-01-01T09:00:00Z");
    private static final String USER_PASSWORD = "violet-harbour-lantern";
    private static final String ADMIN_PASSWORD = "quiet-meadow-copper-engine";

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final CountingPasswordHasher hasher = new CountingPasswordHasher();
    private final RecordingUserSessions sessions = new RecordingUserSessions();
    private final AccountAdministration administration =
            new AccountAdministration(users, POLICY, hasher, sessions, Clock.fixed(NOW, ZoneOffset.UTC));

    private static NewUserRequest request(String name, Role role, String password) {
        return new NewUserRequest(new Username(name), new DisplayName(""), Optional.empty(), role, password);
    }

    private void putAdmin(String name) {
        users.put(name, Role.ADMIN, AccountState.ACTIVE, hasher.currentHash(ADMIN_PASSWORD));
    }

    private void putUser(String name) {
        users.put(name, Role.USER, AccountState.ACTIVE, hasher.currentHash(USER_PASSWORD));
    }

    private static PasswordVerdict.Reason passwordRefusal(AccountOutcome outcome) {
        assertThat(outcome).isInstanceOf(AccountOutcome.PasswordRefused.class);
        return ((AccountOutcome.PasswordRefused) outcome).verdict().reason();
    }

    private static UserAccount doneAccount(AccountOutcome outcome) {
        assertThat(outcome).isInstanceOf(AccountOutcome.Done.class);
        return ((AccountOutcome.Done) outcome).account();
    }

    @Test
    void createStoresAnActiveAccountWithAHashedPassword() {
        NewUserRequest request = new NewUserRequest(new Username("Alice"), new DisplayName("Alice Smith"),
                Optional.of(new EmailAddress("alice@example.com")), Role.USER, USER_PASSWORD);

        UserAccount alice = doneAccount(administration.create(request));

        assertThat(alice.username().value()).isEqualTo("Alice");
        assertThat(alice.displayName().value()).isEqualTo("Alice Smith");
        assertThat(alice.email()).contains(new EmailAddress("alice@example.com"));
        assertThat(alice.role()).isEqualTo(Role.USER);
        assertThat(alice.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(alice.createdAt()).isEqualTo(NOW);
        assertThat(users.passwordHashOf("alice")).isEqualTo(hasher.currentHash(USER_PASSWORD));
        assertThat(administration.find(new Username("ALICE"))).contains(alice);
    }

    @Test
    void usernameTakenInAnyCaseIsRefused() {
        administration.create(request("alice", Role.USER, USER_PASSWORD));

        assertThat(administration.create(request("ALICE", Role.USER, "another-good-passphrase")))
                .isEqualTo(new AccountOutcome.Refused(AccountOutcome.Refusal.USERNAME_TAKEN));
        assertThat(users.size()).isEqualTo(1);
        assertThat(users.passwordHashOf("alice")).isEqualTo(hasher.currentHash(USER_PASSWORD));
    }

    @Test
    void weakPasswordIsRefusedWithTheReasonAndNothingIsStored() {
        AccountOutcome outcome = administration.create(request("alice", Role.USER, "password1"));

        assertThat(passwordRefusal(outcome)).isEqualTo(PasswordVerdict.Reason.COMMON);
        assertThat(users.size()).isZero();
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void administratorIsCreatedOnlyWithTheLongerMinimum() {
        AccountOutcome outcome = administration.create(request("root", Role.ADMIN, "vhq7#kzm-plow2"));

        assertThat(outcome).isEqualTo(new AccountOutcome.PasswordRefused(
                new PasswordVerdict.Refused(PasswordVerdict.Reason.TOO_SHORT, 15)));
    }

    @Test
    void passwordEqualToTheNewUsernameIsRefused() {
        AccountOutcome outcome = administration.create(request("alexander-hamilton", Role.USER, "Alexander-Hamilton"));

        assertThat(passwordRefusal(outcome)).isEqualTo(PasswordVerdict.Reason.SAME_AS_USERNAME);
    }

    @Test
    void lastActiveAdministratorCannotBeDemoted() {
        putAdmin("root");

        assertThat(administration.changeRole(new Username("root"), Role.USER))
                .isEqualTo(new AccountOutcome.Refused(AccountOutcome.Refusal.LAST_ADMIN));
        assertThat(users.account("root").role()).isEqualTo(Role.ADMIN);
        assertThat(sessions.ended()).isEmpty();
    }

    @Test
    void lastActiveAdministratorCannotBeDisabled() {
        putAdmin("root");

        assertThat(administration.changeState(new Username("root"), AccountState.DISABLED))
                .isEqualTo(new AccountOutcome.Refused(AccountOutcome.Refusal.LAST_ADMIN));
        assertThat(users.account("root").state()).isEqualTo(AccountState.ACTIVE);
        assertThat(sessions.ended()).isEmpty();
    }

    @Test
    void disabledAdministratorDoesNotCountAsASecondOne() {
        putAdmin("root");
        users.put("old-admin", Role.ADMIN, AccountState.DISABLED, hasher.currentHash(ADMIN_PASSWORD));

        assertThat(administration.changeRole(new Username("root"), Role.USER))
                .isEqualTo(new AccountOutcome.Refused(AccountOutcome.Refusal.LAST_ADMIN));
    }

    @Test
    void secondAdministratorCanBeDemotedAndLosesTheirSessions() {
        putAdmin("root");
        putAdmin("ops");

        UserAccount ops = doneAccount(administration.changeRole(new Username("ops"), Role.USER));

        assertThat(ops.role()).isEqualTo(Role.USER);
        assertThat(sessions.ended()).containsExactly(new Ended("ops", null));
    }

    @Test
    void secondAdministratorCanBeDisabled() {
        putAdmin("root");
        putAdmin("ops");

        assertThat(doneAccount(administration.changeState(new Username("ops"), AccountState.DISABLED)).state())
                .isEqualTo(AccountState.DISABLED);
    }

    @Test
    void disablingAnAccountEndsAllItsSessions() {
        putUser("bob");

        UserAccount bob = doneAccount(administration.changeState(new Username("bob"), AccountState.DISABLED));

        assertThat(bob.state()).isEqualTo(AccountState.DISABLED);
        assertThat(sessions.ended()).containsExactly(new Ended("bob", null));
    }

    @Test
    void enablingAnAccountEndsNoSessions() {
        users.put("bob", Role.USER, AccountState.DISABLED, hasher.currentHash(USER_PASSWORD));

        assertThat(doneAccount(administration.changeState(new Username("bob"), AccountState.ACTIVE)).isActive()).isTrue();
        assertThat(sessions.ended()).isEmpty();
    }

    @Test
    void roleChangeEndsTheUsersSessions() {
        putUser("bob");

        UserAccount bob = doneAccount(administration.changeRole(new Username("bob"), Role.ADMIN));

        assertThat(bob.role()).isEqualTo(Role.ADMIN);
        assertThat(sessions.ended()).containsExactly(new Ended("bob", null));
    }

    @Test
    void unchangedRoleOrStateEndsNoSessions() {
        putUser("bob");

        assertThat(administration.changeRole(new Username("bob"), Role.USER)).isInstanceOf(AccountOutcome.Done.class);
        assertThat(administration.changeState(new Username("bob"), AccountState.ACTIVE)).isInstanceOf(AccountOutcome.Done.class);
        assertThat(sessions.ended()).isEmpty();
    }

    @Test
    void changesToAnUnknownAccountAreRefusedAsNotFound() {
        AccountOutcome notFound = new AccountOutcome.Refused(AccountOutcome.Refusal.NOT_FOUND);

        assertThat(administration.changeRole(new Username("nobody"), Role.ADMIN)).isEqualTo(notFound);
        assertThat(administration.changeState(new Username("nobody"), AccountState.DISABLED)).isEqualTo(notFound);
        assertThat(administration.resetPassword(new Username("nobody"), "another-good-passphrase")).isEqualTo(notFound);
        assertThat(sessions.ended()).isEmpty();
    }

    @Test
    void resetPasswordStoresTheNewHashAndEndsAllSessions() {
        putUser("bob");

        assertThat(administration.resetPassword(new Username("BOB"), "another-good-passphrase"))
                .isInstanceOf(AccountOutcome.Done.class);

        assertThat(users.passwordHashOf("bob")).isEqualTo(hasher.currentHash("another-good-passphrase"));
        assertThat(sessions.ended()).containsExactly(new Ended("bob", null));
    }

    @Test
    void resetPasswordRefusesAWeakPasswordAndChangesNothing() {
        putUser("bob");

        assertThat(passwordRefusal(administration.resetPassword(new Username("bob"), "iloveyou")))
                .isEqualTo(PasswordVerdict.Reason.COMMON);
        assertThat(users.passwordHashOf("bob")).isEqualTo(hasher.currentHash(USER_PASSWORD));
        assertThat(sessions.ended()).isEmpty();
    }

    @Test
    void resetPasswordAppliesTheAdministratorMinimumToAnAdministrator() {
        putAdmin("root");

        assertThat(administration.resetPassword(new Username("root"), "vhq7#kzm-plow2"))
                .isEqualTo(new AccountOutcome.PasswordRefused(
                        new PasswordVerdict.Refused(PasswordVerdict.Reason.TOO_SHORT, 15)));
    }

    @Test
    void firstAdministratorIsCreatedAsAdministratorWhenThereIsNoAccount() {
        UserAccount root = doneAccount(administration.createFirstAdmin(request("root", Role.USER, ADMIN_PASSWORD)));

        assertThat(root.role()).isEqualTo(Role.ADMIN);
        assertThat(root.isActive()).isTrue();
    }

    @Test
    void firstAdministratorCanBeCreatedOnlyOnce() {
        administration.createFirstAdmin(request("root", Role.ADMIN, ADMIN_PASSWORD));

        assertThat(administration.createFirstAdmin(request("mallory", Role.ADMIN, "mallory-owns-this-now")))
                .isEqualTo(new AccountOutcome.Refused(AccountOutcome.Refusal.ALREADY_SET_UP));
        assertThat(users.size()).isEqualTo(1);
    }

    @Test
    void firstAdministratorIsRefusedWhenAnyAccountExists() {
        putUser("bob");

        assertThat(administration.createFirstAdmin(request("root", Role.ADMIN, ADMIN_PASSWORD)))
                .isEqualTo(new AccountOutcome.Refused(AccountOutcome.Refusal.ALREADY_SET_UP));
    }

    @Test
    void firstAdministratorNeedsTheAdministratorMinimumEvenWhenAskedForAsUser() {
        assertThat(administration.createFirstAdmin(request("root", Role.USER, "vhq7#kzm-plow2")))
                .isEqualTo(new AccountOutcome.PasswordRefused(
                        new PasswordVerdict.Refused(PasswordVerdict.Reason.TOO_SHORT, 15)));
        assertThat(users.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "size {0} becomes {1}")
    @CsvSource({"-5, 1", "0, 1", "1, 1", "50, 50", "100, 100", "101, 100", "2147483647, 100", "-2147483648, 1"})
    void searchClampsThePageSizeToOneHundredAtMost(int asked, int used) {
        administration.search("", 0, asked);

        assertThat(users.lastSearch().size()).isEqualTo(used);
    }

    @Test
    void searchTurnsANegativePageIntoTheFirstAndStripsTheQuery() {
        administration.search("  ali  ", -3, 20);

        assertThat(users.lastSearch()).isEqualTo(new InMemoryUserStore.SearchCall("ali", 0, 20));
    }

    @Test
    void searchWithoutAQueryMatchesEveryone() {
        putUser("bob");
        putAdmin("root");

        UserPage page = administration.search(null, 0, 10);

        assertThat(users.lastSearch().query()).isEmpty();
        assertThat(page.users()).extracting(account -> account.username().value()).containsExactly("bob", "root");
        assertThat(page.total()).isEqualTo(2);
    }
}
