package org.symbolon.core.oob;

import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.email.SendHistory;

/**
 * The codes sent over one channel (e-mail, SMS) and waiting to be typed, stored only as keyed
 * hashes, and that channel's send-limit history. A user has at most one code per purpose: a new one
 * replaces the old.
 *
 * @param <A> where a code is sent: an e-mail address, a phone number
 */
public interface OutOfBandCodeStore<A> {

    /** The user's send history; {@link SendHistory#NONE} when nothing was sent or the account is gone. Read-only. */
    SendHistory sendHistory(long userId);

    /**
     * Stores {@code next} if the history is still {@code seen} (one conditional write), so that of
     * two sends racing each other only one passes the limit. False when it changed or the account is gone.
     */
    boolean recordSend(long userId, SendHistory seen, SendHistory next);

    /** Replaces the user's code of this purpose, sent to {@code sentTo}. Writes. */
    void replace(long userId, EmailCodePurpose purpose, String codeHash, A sentTo, Instant createdAt,
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
     * @return where the spent code was sent; empty when nothing was spent (and nothing written)
     */
    Optional<A> spend(long userId, EmailCodePurpose purpose, String codeHash, Instant now);

    /** Deletes the user's codes of every purpose (the factor was removed or reset). Writes. */
    void deleteAll(long userId);
}
