package org.symbolon.core.account;

/** What a sign-in needs: the account and its stored password hash, read together in one query. */
public record PasswordRecord(UserAccount account, String passwordHash) {

    @Override
    public String toString() {
        return "PasswordRecord[" + account.username() + "]";
    }
}
