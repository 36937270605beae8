package org.symbolon.core.email;

import java.time.Instant;
import java.util.Optional;
import org.symbolon.core.account.EmailAddress;

/** Users' e-mail factors: at most one each. */
public interface EmailFactorStore {

    /** The user's e-mail factor, or empty when there is none. Read-only. */
    Optional<EmailFactor> find(long userId);

    /** Adds the factor; false (and nothing written) when the user has one already or is gone. */
    boolean add(long userId, EmailAddress address, Instant now);

    /** Removes the user's factor and any code waiting for it; false when there was no factor. */
    boolean delete(long userId);
}
