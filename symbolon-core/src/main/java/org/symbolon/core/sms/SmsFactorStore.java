package org.symbolon.core.sms;

import java.time.Instant;
import java.util.Optional;

/** Users' phone numbers for SMS codes: at most one each. */
public interface SmsFactorStore {

    /** The user's phone number, or empty when there is none. Read-only. */
    Optional<SmsFactor> find(long userId);

    /** Adds the number; false (and nothing written) when the user has one already or is gone. */
    boolean add(long userId, PhoneNumber phone, Instant now);

    /** Removes the user's number and any code waiting for it; false when there was no number. */
    boolean delete(long userId);
}
