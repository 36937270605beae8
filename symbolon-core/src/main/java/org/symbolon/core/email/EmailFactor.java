package org.symbolon.core.email;

import java.time.Instant;
import org.symbolon.core.account.EmailAddress;

/**
 * A user's e-mail factor: the address proven to receive mail when it was added. Codes go to this
 * address, even if the account's address changes later (then the user adds the factor again).
 */
public record EmailFactor(long userId, EmailAddress address, Instant createdAt) {
}
