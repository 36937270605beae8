package org.symbolon.core.email;

import java.security.SecureRandom;
import java.util.Optional;

/** The six digits of an e-mail code: made, read back from what the user typed, and hashed. */
public final class EmailCodeText {

    public static final int DIGITS = 6;
    private static final int RANGE = 1_000_000;

    private EmailCodeText() {
    }

    /** Uniform over 000000–999999 (NIST SP 800-63B-4 §3.1.3.1 asks for at least 6 digits, at random). */
    public static String generate(SecureRandom random) {
        return String.format(java.util.Locale.ROOT, "%06d", random.nextInt(RANGE));
    }

    /**
     * The code as typed, with spaces allowed between digits (mail programs and phones split
     * numbers); empty for anything else, including non-ASCII digits and a leading sign.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 32) {
            return Optional.empty();
        }
        String digits = typed.replace(" ", "").replace("\u00a0", "");
        if (digits.length() != DIGITS) {
            return Optional.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(digits);
    }

    /** "a•••@example.org": enough for the user to know which mailbox to look in. */
    public static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "•••";
        }
        return address.charAt(0) + "•••" + address.substring(at);
    }
}
