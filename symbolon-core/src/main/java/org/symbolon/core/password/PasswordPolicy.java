package org.symbolon.core.password;

import java.util.Locale;
import org.symbolon.core.account.Role;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.text.TextRules;

/**
 * The rules for choosing a password, after NIST SP 800-63B-4 §3.1.1.2: a minimum length (longer
 * for administrators, whose accounts matter most), a generous maximum, no composition rules, and
 * no password from the blocklist or equal to the username.
 */
public final class PasswordPolicy {

    public static final int USER_MIN_LENGTH = 8;
    public static final int ADMIN_MIN_LENGTH = 15;
    /** Far above the 64 that NIST asks for; the bound only keeps hashing cheap to refuse. */
    public static final int MAX_LENGTH = 256;

    private final CommonPasswords commonPasswords;

    public PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    public static int minLength(Role role) {
        return role == Role.ADMIN ? ADMIN_MIN_LENGTH : USER_MIN_LENGTH;
    }

    /** Judges a new password for an account with the given name and role. */
    public PasswordVerdict judge(String password, String username, Role role) {
        int min = minLength(role);
        String normalized;
        try {
            normalized = normalize(password);
        } catch (InputProblem problem) {
            return switch (problem.reason()) {
                case TOO_LONG -> new PasswordVerdict.Refused(PasswordVerdict.Reason.TOO_LONG, MAX_LENGTH);
                case EMPTY, TOO_SHORT -> new PasswordVerdict.Refused(PasswordVerdict.Reason.TOO_SHORT, min);
                default -> new PasswordVerdict.Refused(PasswordVerdict.Reason.MALFORMED, 0);
            };
        }
        if (normalized.codePointCount(0, normalized.length()) < min) {
            return new PasswordVerdict.Refused(PasswordVerdict.Reason.TOO_SHORT, min);
        }
        if (username != null && normalized.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            return new PasswordVerdict.Refused(PasswordVerdict.Reason.SAME_AS_USERNAME, 0);
        }
        if (commonPasswords.contains(normalized)) {
            return new PasswordVerdict.Refused(PasswordVerdict.Reason.COMMON, 0);
        }
        return new PasswordVerdict.Acceptable(normalized);
    }

    /**
     * The form in which a password is hashed and checked: NFKC, so that the same password typed on
     * two keyboards that encode "é" differently still matches (NIST SP 800-63B-4 §3.1.1.2).
     *
     * @throws InputProblem when the password is empty, too long or not well-formed
     */
    public static String normalize(String password) {
        return TextRules.require("password", password, 1, MAX_LENGTH);
    }
}
