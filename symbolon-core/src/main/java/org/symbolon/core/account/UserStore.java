package org.symbolon.core.account;

import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.policy.TwoFactorRule;

/**
 * Where accounts are kept. Each method is one round trip to the database. Look-ups by name use
 * {@link Username#key()}, so they ignore case.
 */
public interface UserStore {

    /** The account with this name, or empty when there is none. Read-only. */
    Optional<UserAccount> findByUsername(Username username);

    /** The account and its password hash in one read, or empty when there is none. Read-only. */
    Optional<PasswordRecord> findPasswordRecord(Username username);

    /**
     * Creates the account.
     *
     * @return the account as stored, or empty when the name is already taken (in any case)
     */
    Optional<UserAccount> create(NewUser user);

    /**
     * Creates the account only while there is no account at all, so that two first-admin set-ups
     * racing each other cannot both win.
     *
     * @return the account, or empty when any account already exists
     */
    Optional<UserAccount> createFirst(NewUser user);

    /** Replaces the password hash; returns false when the account no longer exists. */
    boolean updatePasswordHash(long userId, String passwordHash);

    /** Replaces display name and e-mail; returns false when the account no longer exists. */
    boolean updateProfile(long userId, ProfileChange change);

    /** Sets the role; returns false when the account no longer exists. */
    boolean updateRole(long userId, Role role);

    /** Sets the state; returns false when the account no longer exists. */
    boolean updateState(long userId, AccountState state);

    /**
     * Accounts whose username, display name or e-mail contains the query, ignoring case, ordered
     * by username. An empty query matches everyone. Pages count from 0.
     */
    UserPage search(String query, int page, int size);

    /** Whether any account exists at all. */
    boolean isEmpty();

    /** The number of active administrators. */
    long countActiveAdmins();

    /**
     * Records when the grace period for enrolling a second factor began, unless it began
     * already: one conditional update. Returns false when it had begun or the account is gone.
     */
    boolean startEnrollmentGrace(long userId, Instant now);

    /** Sets whether the user must choose a new password at the next sign-in; false when the account is gone. */
    boolean updateMustChangePassword(long userId, boolean mustChange);

    /** The user's second-factor rule; empty when the account is gone. Read-only. */
    Optional<TwoFactorRule> findTwoFactorRule(long userId);

    /** Sets the user's second-factor rule; false when the account is gone. */
    boolean updateTwoFactorRule(long userId, TwoFactorRule rule);
}
