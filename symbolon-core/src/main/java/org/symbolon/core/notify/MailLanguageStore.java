package org.symbolon.core.notify;

import java.util.Optional;

/** The language each user gets mail in: the one of their last sign-in. */
public interface MailLanguageStore {

    /** The user's mail language; empty when none was kept yet or the account is gone. Read-only. */
    Optional<MailLanguage> find(long userId);

    /**
     * Keeps the language for the user. Writes only when it differs from the kept one, so that a
     * sign-in in the usual language costs no write; does nothing when the account is gone.
     */
    void remember(long userId, MailLanguage language);
}
