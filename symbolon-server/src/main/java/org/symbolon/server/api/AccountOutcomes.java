package org.symbolon.server.api;

import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.UserAccount;

/** Unwraps an account outcome for an API answer, or ends the request with the matching error. */
final class AccountOutcomes {

    private AccountOutcomes() {
    }

    static UserAccount require(AccountOutcome outcome, String passwordField) {
        if (outcome instanceof AccountOutcome.Done done) {
            return done.account();
        }
        if (outcome instanceof AccountOutcome.PasswordRefused refused) {
            throw new WeakPasswordException(passwordField, refused.verdict());
        }
        throw new ApiException(switch (((AccountOutcome.Refused) outcome).refusal()) {
            case USERNAME_TAKEN -> ApiError.USERNAME_TAKEN;
            case NOT_FOUND -> ApiError.USER_NOT_FOUND;
            case LAST_ADMIN -> ApiError.LAST_ADMIN;
            case WRONG_CURRENT_PASSWORD -> ApiError.WRONG_CURRENT_PASSWORD;
            case ALREADY_SET_UP -> ApiError.FORBIDDEN;
        });
    }
}
