package org.symbolon.core.email;

import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.account.EmailAddress;

/**
 * The e-mail codes waiting to be typed, stored only as keyed hashes, and the send limit's
 * history. A user has at most one code per purpose: a new one replaces the old.
 */
public interface EmailCodeStore {

    /** The user's send history; {@link SendHistory#NONE} when nothing was sent or the account is gone. Read-only. */
    SendHistory sendHistory(long userId);

    /**
     * Stores {@code next} if the history is still {@code seen} (one conditional write), so that of
     * two sends racing each other only one passes the limit. False when it changed or the account is gone.
     */
    boolean recordSend(long userId, SendHistory seen, SendHistory next);

    /** Replaces the user's code of this purpose, sent to {@code sentTo}. Writes. */
    void replace(long userId, EmailCodePurpose purpose, String codeHash, EmailAddress sentTo, Instant createdAt,
            Instant expiresAt);

    /**
     * Counts one more try at the user's code of this purpose, before the code is compared, if it
     * has had fewer than {@code maxTries}: one conditional write, so that guesses sent all at once
     * get no more tries than guesses sent one by one. False when the tries are used up or there is
     * no such code.
     */
    boolean reserveTry(long userId, EmailCodePurpose purpose, int maxTries);

    /**
     * Spends the code with this hash if it is the user's code of this purpose, unused, and not
     * expired at {@code now}: one conditional write, so a code works once even when sent twice at
     * the same moment.
     *
     * @return the address the spent code was sent to; empty when nothing was spent (and nothing written)
     */
    Optional<EmailAddress> spend(long userId, EmailCodePurpose purpose, String codeHash, Instant now);

    /** Deletes the user's codes of every purpose (the factor was removed or reset). Writes. */
    void deleteAll(long userId);
}
