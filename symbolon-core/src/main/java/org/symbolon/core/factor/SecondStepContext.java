package org.symbolon.core.factor;

import java.util.List;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.attempt.AttemptState;

/** Everything the second step needs to decide, read in one query. */
public record SecondStepContext(UserAccount user, AttemptState attempts, List<StoredTotpCredential> authenticators) {
}
