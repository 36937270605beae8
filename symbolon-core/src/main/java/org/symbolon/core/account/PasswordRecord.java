package org.symbolon.core.account;

/**
 * What a sign-in needs, read together in one query: the account, its stored password hash, and
 * whether it has an active second factor.
 */
public record PasswordRecord(UserAccount account, String passwordHash, boolean hasSecondFactor) {

    @Override
    public String toString() {
        return "PasswordRecord[" + account.username() + "]";
    }
}
