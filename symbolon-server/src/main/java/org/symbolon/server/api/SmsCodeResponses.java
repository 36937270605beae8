package org.symbolon.server.api;

import java.time.Instant;
import org.symbolon.core.sms.SmsCodeOutcome;
import org.symbolon.core.sms.SmsFactor;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.api.EmailCodeResponses.CodeSentView;

/** The answers of the SMS code endpoints, shared by enrollment and sign-in. */
final class SmsCodeResponses {

    /** @param phone the number in E.164 form; @param masked the number as sign-in pages show it */
    record SmsFactorView(String phone, String masked, Instant createdAt) {

        static SmsFactorView of(SmsFactor factor) {
            return new SmsFactorView(factor.phone().e164(), factor.phone().masked(), factor.createdAt());
        }
    }

    private SmsCodeResponses() {
    }

    static CodeSentView sent(SmsCodeOutcome outcome) {
        if (outcome instanceof SmsCodeOutcome.Sent sent) {
            return new CodeSentView(sent.maskedPhone(), sent.expiresAt());
        }
        throw refusal(outcome);
    }

    static ApiException refusal(SmsCodeOutcome outcome) {
        if (outcome instanceof SmsCodeOutcome.TooSoon tooSoon) {
            return ApiException.retryAfter(ApiError.CODE_RECENTLY_SENT, tooSoon.retryAfter());
        }
        if (outcome instanceof SmsCodeOutcome.NotSent) {
            return new ApiException(ApiError.SMS_NOT_SENT);
        }
        if (outcome instanceof SmsCodeOutcome.Refused refused) {
            return new ApiException(switch (refused.reason()) {
                case SMS_OFF -> ApiError.SMS_OFF;
                // As for any method the policy does not allow: 400 invalid_request, field method.
                case NOT_ALLOWED -> throw new InputProblem("method", InputProblem.Reason.NOT_ALLOWED);
                case WRONG_PASSWORD -> ApiError.WRONG_CURRENT_PASSWORD;
                case ALREADY_ENROLLED -> ApiError.SMS_FACTOR_EXISTS;
                case NO_PRIMARY_FACTOR -> ApiError.PRIMARY_FACTOR_REQUIRED;
                case NOT_ENROLLED -> ApiError.SMS_FACTOR_NOT_FOUND;
                case WRONG_CODE -> ApiError.INVALID_CODE;
                case NO_ACTIVE_ACCOUNT -> ApiError.SECOND_FACTOR_EXPIRED;
            });
        }
        throw new IllegalStateException("not a refusal: " + outcome.getClass().getSimpleName());
    }
}
