package org.symbolon.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUser;
import org.symbolon.core.account.PasswordRecord;
import org.symbolon.core.account.ProfileChange;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserPage;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.account.Username;
import org.symbolon.core.policy.TwoFactorRule;
import org.symbolon.core.policy.TwoFactorStanding;

/**
 * A {@link UserStore} in a map, keyed like the real one by {@link Username#key()}, for unit tests of
 * the core. The server's tests run the same contract against real databases.
 */
public final class InMemoryUserStore implements UserStore {

    /** The arguments of the last {@link #search} call, so that a test can see what the core asked for. */
    public record SearchCall(String query, int page, int size) {
    }

    private final Map<String, PasswordRecord> byKey = new LinkedHashMap<>();
    private long nextId = 1;
    private SearchCall lastSearch;

    /** Puts an account straight into the store, bypassing the password policy, as a test's starting point. */
    public UserAccount put(String name, Role role, AccountState state, String passwordHash) {
        Username username = new Username(name);
        UserAccount account = new UserAccount(
                nextId++, username, new DisplayName(""), Optional.empty(), role, state, Instant.EPOCH);
        byKey.put(username.key(), new PasswordRecord(account, passwordHash, false));
        return account;
    }

    /** Marks the account as having an active second factor, as the server's query would report. */
    public void giveSecondFactor(String name) {
        String key = new Username(name).key();
        PasswordRecord found = record(key);
        byKey.put(key, new PasswordRecord(found.account(), found.passwordHash(), true, found.standing(),
                found.mustChangePassword()));
    }

    /** The stored hash of the account, which must exist. */
    public String passwordHashOf(String name) {
        return record(new Username(name).key()).passwordHash();
    }

    public UserAccount account(String name) {
        return record(new Username(name).key()).account();
    }

    public int size() {
        return byKey.size();
    }

    public SearchCall lastSearch() {
        return lastSearch;
    }

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
        return findPasswordRecord(username).map(PasswordRecord::account);
    }

    @Override
    public Optional<PasswordRecord> findPasswordRecord(Username username) {
        return Optional.ofNullable(byKey.get(username.key()));
    }

    @Override
    public Optional<UserAccount> create(NewUser user) {
        if (byKey.containsKey(user.username().key())) {
            return Optional.empty();
        }
        UserAccount account = new UserAccount(nextId++, user.username(), user.displayName(), user.email(),
                user.role(), AccountState.ACTIVE, user.createdAt());
        byKey.put(user.username().key(), new PasswordRecord(account, user.passwordHash(), false));
        return Optional.of(account);
    }

    @Override
    public Optional<UserAccount> createFirst(NewUser user) {
        return byKey.isEmpty() ? create(user) : Optional.empty();
    }

    @Override
    public boolean updatePasswordHash(long userId, String passwordHash) {
        return replace(userId, found -> new PasswordRecord(found.account(), passwordHash, found.hasSecondFactor(),
                found.standing(), found.mustChangePassword()));
    }

    @Override
    public boolean updateProfile(long userId, ProfileChange change) {
        return replace(userId, found -> withAccount(found, copy(found.account(),
                change.displayName(), change.email(), found.account().role(), found.account().state())));
    }

    @Override
    public boolean updateRole(long userId, Role role) {
        return replace(userId, found -> withAccount(found, copy(found.account(),
                found.account().displayName(), found.account().email(), role, found.account().state())));
    }

    @Override
    public boolean updateState(long userId, AccountState state) {
        return replace(userId, found -> withAccount(found, copy(found.account(),
                found.account().displayName(), found.account().email(), found.account().role(), state)));
    }

    @Override
    public UserPage search(String query, int page, int size) {
        lastSearch = new SearchCall(query, page, size);
        String needle = query.toLowerCase(Locale.ROOT);
        List<UserAccount> matching = byKey.values().stream()
                .map(PasswordRecord::account)
                .filter(account -> matches(account, needle))
                .sorted(Comparator.comparing(account -> account.username().key()))
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        int to = (int) Math.min((long) from + size, matching.size());
        return new UserPage(new ArrayList<>(matching.subList(from, to)), page, size, matching.size());
    }

    @Override
    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    @Override
    public long countActiveAdmins() {
        return byKey.values().stream()
                .map(PasswordRecord::account)
                .filter(account -> account.isAdmin() && account.isActive())
                .count();
    }

    private static boolean matches(UserAccount account, String needle) {
        return account.username().key().contains(needle)
                || account.displayName().value().toLowerCase(Locale.ROOT).contains(needle)
                || account.email().map(email -> email.value().toLowerCase(Locale.ROOT).contains(needle)).orElse(false);
    }

    private PasswordRecord record(String key) {
        PasswordRecord found = byKey.get(key);
        if (found == null) {
            throw new IllegalArgumentException("no account " + key);
        }
        return found;
    }

    private boolean replace(long userId, UnaryOperator<PasswordRecord> change) {
        for (Map.Entry<String, PasswordRecord> entry : byKey.entrySet()) {
            if (entry.getValue().account().id() == userId) {
                entry.setValue(change.apply(entry.getValue()));
                return true;
            }
        }
        return false;
    }

    private static PasswordRecord withAccount(PasswordRecord found, UserAccount account) {
        TwoFactorStanding standing = found.standing();
        return new PasswordRecord(account, found.passwordHash(), found.hasSecondFactor(),
                new TwoFactorStanding(account.isAdmin(), standing.rule(), standing.inRequiredGroup(), standing.graceStartedAt()),
                found.mustChangePassword());
    }

    private static PasswordRecord withStanding(PasswordRecord found, TwoFactorStanding standing, boolean mustChange) {
        return new PasswordRecord(found.account(), found.passwordHash(), found.hasSecondFactor(), standing, mustChange);
    }

    /** Puts the account in a group that requires a second factor, as the server's query would report. */
    public void putInRequiredGroup(String name) {
        String key = new Username(name).key();
        PasswordRecord found = record(key);
        TwoFactorStanding s = found.standing();
        byKey.put(key, withStanding(found, new TwoFactorStanding(s.admin(), s.rule(), true, s.graceStartedAt()),
                found.mustChangePassword()));
    }

    public PasswordRecord passwordRecord(String name) {
        return record(new Username(name).key());
    }

    @Override
    public boolean startEnrollmentGrace(long userId, Instant now) {
        boolean[] started = {false};
        boolean found = replace(userId, record -> {
            TwoFactorStanding s = record.standing();
            if (s.graceStartedAt() != null) {
                return record;
            }
            started[0] = true;
            return withStanding(record, new TwoFactorStanding(s.admin(), s.rule(), s.inRequiredGroup(), now),
                    record.mustChangePassword());
        });
        return found && started[0];
    }

    @Override
    public boolean updateMustChangePassword(long userId, boolean mustChange) {
        return replace(userId, record -> withStanding(record, record.standing(), mustChange));
    }

    @Override
    public Optional<TwoFactorRule> findTwoFactorRule(long userId) {
        return byKey.values().stream().filter(record -> record.account().id() == userId)
                .map(record -> record.standing().rule()).findFirst();
    }

    @Override
    public boolean updateTwoFactorRule(long userId, TwoFactorRule rule) {
        return replace(userId, record -> {
            TwoFactorStanding s = record.standing();
            return withStanding(record, new TwoFactorStanding(s.admin(), rule, s.inRequiredGroup(), s.graceStartedAt()),
                    record.mustChangePassword());
        });
    }

    private static UserAccount copy(UserAccount account, DisplayName displayName, Optional<EmailAddress> email,
            Role role, AccountState state) {
        return new UserAccount(account.id(), account.username(), displayName, email, role, state, account.createdAt());
    }
}
