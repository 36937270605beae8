package org.symbolon.core.factor;

import java.util.Optional;

/** The one read of the second step: the account, its attempt count and its active authenticators. */
public interface SecondStepStore {

    /** The context of the user, or empty when the account no longer exists. Read-only, one query. */
    Optional<SecondStepContext> load(long userId);
}
