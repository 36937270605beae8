package org.symbolon.server.cli;

import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.group.GroupOutcome;
import org.symbolon.core.password.PasswordVerdict;
import org.symbolon.core.text.InputProblem;

/** The console's words for refusals; the web pages have their own, translated, in messages.properties. */
final class CliMessages {

    private CliMessages() {
    }

    static String describe(InputProblem problem) {
        String field = switch (problem.field()) {
            // The core's names of fields, as a person at the console knows them.
            case "name" -> "the group name";
            case "serviceName" -> "--service-name";
            case "graceDays" -> "--grace-days";
            case "allowedMethods" -> "--methods";
            default -> problem.field();
        };
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

    static String describe(SupportOutcome.Refusal refusal) {
        return switch (refusal) {
            case NO_SUCH_USER -> "there is no such user.";
            case LAST_ADMIN -> "this is the last active administrator; exempting them would leave no administrator"
                    + " bound to a second factor.";
            case HOURS_OUT_OF_RANGE -> "--hours must be a whole number from " + TwoFactorSupport.MIN_BYPASS_HOURS
                    + " to " + TwoFactorSupport.MAX_BYPASS_HOURS + ".";
        };
    }

    static String describe(GroupOutcome.Refusal refusal) {
        return switch (refusal) {
            case NAME_TAKEN -> "a group of this name exists already.";
            case NO_SUCH_GROUP -> "there is no such group.";
            case NO_SUCH_USER -> "there is no such user.";
            case ALREADY_MEMBER -> "the user is in this group already.";
            case NOT_A_MEMBER -> "the user is not in this group.";
        };
    }
}
