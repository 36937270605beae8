package org.symbolon.server.cli;

import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.password.PasswordVerdict;
import org.symbolon.core.text.InputProblem;

/** The console's words for refusals; the web pages have their own, translated, in messages.properties. */
final class CliMessages {

    private CliMessages() {
    }

    static String describe(InputProblem problem) {
        String field = problem.field();
        return switch (problem.reason()) {
            case EMPTY -> field + " is empty.";
            case TOO_SHORT -> field + " must have at least " + problem.limit() + " characters.";
            case TOO_LONG -> field + " must have at most " + problem.limit() + " characters.";
            case MALFORMED -> field + " contains characters that are not allowed (control characters or broken Unicode).";
            case NOT_ALLOWED -> field + " is not valid here.";
        };
    }

    static String describe(PasswordVerdict.Refused verdict) {
        return switch (verdict.reason()) {
            case TOO_SHORT -> "the password must have at least " + verdict.limit() + " characters.";
            case TOO_LONG -> "the password must have at most " + verdict.limit() + " characters.";
            case MALFORMED -> "the password contains control characters or broken Unicode.";
            case COMMON -> "this password is on the list of commonly used passwords; choose another.";
            case SAME_AS_USERNAME -> "the password must not be the username.";
        };
    }

    static String describe(AccountOutcome.Refusal refusal) {
        return switch (refusal) {
            case USERNAME_TAKEN -> "this username is taken.";
            case NOT_FOUND -> "there is no such user.";
            case LAST_ADMIN -> "this would leave no active administrator.";
            case WRONG_CURRENT_PASSWORD -> "the current password is wrong.";
            case ALREADY_SET_UP -> "an account exists already.";
        };
    }
}
