package org.symbolon.server.api;

import java.time.Instant;
import org.symbolon.core.email.EmailCodeOutcome;
import org.symbolon.core.email.EmailFactor;
import org.symbolon.core.text.InputProblem;

/** The answers of the e-mail code endpoints, shared by enrollment and sign-in. */
final class EmailCodeResponses {

    /** Where the code went (mostly hidden) and until when it is valid. */
    record CodeSentView(String sentTo, Instant expiresAt) {
    }

    record EmailFactorView(String address, Instant createdAt) {

        static EmailFactorView of(EmailFactor factor) {
            return new EmailFactorView(factor.address().value(), factor.createdAt());
        }
    }

    private EmailCodeResponses() {
    }

    static CodeSentView sent(EmailCodeOutcome outcome) {
        if (outcome instanceof EmailCodeOutcome.Sent sent) {
            return new CodeSentView(sent.maskedAddress(), sent.expiresAt());
        }
        throw refusal(outcome);
    }

    static ApiException refusal(EmailCodeOutcome outcome) {
        if (outcome instanceof EmailCodeOutcome.TooSoon tooSoon) {
            return ApiException.retryAfter(ApiError.CODE_RECENTLY_SENT, tooSoon.retryAfter());
        }
        if (outcome instanceof EmailCodeOutcome.NotSent) {
            return new ApiException(ApiError.MAIL_NOT_SENT);
        }
        if (outcome instanceof EmailCodeOutcome.Refused refused) {
            return new ApiException(switch (refused.reason()) {
                case MAIL_OFF -> ApiError.MAIL_OFF;
                // As for any method the policy does not allow: 400 invalid_request, field method.
                case NOT_ALLOWED -> throw new InputProblem("method", InputProblem.Reason.NOT_ALLOWED);
                case WRONG_PASSWORD -> ApiError.WRONG_CURRENT_PASSWORD;
                case NO_ADDRESS -> ApiError.NO_EMAIL_ADDRESS;
                case ALREADY_ENROLLED -> ApiError.EMAIL_FACTOR_EXISTS;
                case NO_PRIMARY_FACTOR -> ApiError.PRIMARY_FACTOR_REQUIRED;
                case NOT_ENROLLED -> ApiError.EMAIL_FACTOR_NOT_FOUND;
                case WRONG_CODE -> ApiError.INVALID_CODE;
                case NO_ACTIVE_ACCOUNT -> ApiError.SECOND_FACTOR_EXPIRED;
            });
        }
        throw new IllegalStateException("not a refusal: " + outcome.getClass().getSimpleName());
    }
}
