package org.symbolon.server.api;

import org.symbolon.core.password.PasswordVerdict;

/** A new password that broke a rule; answered as 422 {@code weak_password} with the reason. */
final class WeakPasswordException extends RuntimeException {

    private final String field;
    private final PasswordVerdict.Refused verdict;

    WeakPasswordException(String field, PasswordVerdict.Refused verdict) {
        super(field + ": " + verdict.reason(), null, false, false);
        this.field = field;
        this.verdict = verdict;
    }

    String field() {
        return field;
    }

    PasswordVerdict.Refused verdict() {
        return verdict;
    }
}
