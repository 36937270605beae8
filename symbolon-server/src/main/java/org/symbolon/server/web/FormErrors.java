package org.symbolon.server.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.password.PasswordVerdict;
import org.symbolon.core.text.InputProblem;

/**
 * The errors of one submitted form, by field, as message codes that the template translates.
 * Every field is checked, so that the person sees all that is wrong at once.
 */
public final class FormErrors {

    /** A message code and its arguments. */
    public record Message(String code, Object[] arguments) {
    }

    private final Map<String, Message> byField = new LinkedHashMap<>();

    /** Parses one field; on an input problem records it and returns null. */
    public <T> T check(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InputProblem problem) {
            add(field, "error.input." + problem.reason().name(), problem.limit());
            return null;
        }
    }

    public void add(String field, String code, Object... arguments) {
        byField.putIfAbsent(field, new Message(code, arguments));
    }

    public void addPassword(String field, PasswordVerdict.Refused verdict) {
        add(field, "error.password." + verdict.reason().name(), verdict.limit());
    }

    /** The form errors of a refused password change: the new password's rule, or a wrong current one. */
    public static FormErrors ofPasswordChange(AccountOutcome refused) {
        FormErrors errors = new FormErrors();
        if (refused instanceof AccountOutcome.PasswordRefused weak) {
            errors.addPassword("newPassword", weak.verdict());
        } else {
            errors.add("currentPassword", "error.currentPassword.wrong");
        }
        return errors;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Message get(String field) {
        return byField.get(field);
    }

    public Map<String, Message> all() {
        return byField;
    }
}
