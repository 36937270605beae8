package org.symbolon.core.recovery;

import java.util.Optional;

/**
 * The shape of a recovery code: 16 characters of Crockford's Base32 alphabet in lower case, shown
 * as {@code xxxx-xxxx-xxxx-xxxx}. 32 symbols make 5 bits a character, 80 bits a code: above the 64
 * bits under which NIST SP 800-63B (rev. 3) §5.1.2.2 requires rate limiting of look-up secrets.
 * They are rate-limited all the same, by the one attempt policy for every second factor.
 *
 * <p>Crockford's alphabet (crockford.com/base32.html) leaves out i, l, o and u; when reading it
 * takes i and l as 1 and o as 0. So a code still contains 0 and 1, but a person who reads them as
 * letters types something that is accepted all the same.
 */
public final class RecoveryCodes {

    public static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    public static final int LENGTH = 16;
    public static final int GROUP_LENGTH = 4;

    /** Generous for a 19-character code with stray spaces; bounds the work on a huge input. */
    private static final int MAX_TYPED_LENGTH = 64;

    private RecoveryCodes() {
    }

    /**
     * The 16 characters that the server hashes and looks up, or empty when the input cannot be a
     * recovery code, so that the server refuses it without a database query.
     *
     * <p>Upper case becomes lower case (ASCII only: a Turkish dotted İ is not an i), the look-alikes
     * i, l and o become 1, 1 and 0, and spaces of any kind and dashes (hyphen-minus, the Unicode
     * hyphens, en and em dash, minus sign) are dropped: word processors and phones swap them in.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isSpaceChar(c) || isDash(c)) {
                continue;
            }
            char folded = fold(c);
            if (ALPHABET.indexOf(folded) < 0) {
                return Optional.empty();
            }
            code.append(folded);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** A normalized code in groups of four joined by dashes, as it is shown. */
    public static String format(String normalized) {
        if (normalize(normalized).filter(normalized::equals).isEmpty()) {
            throw new IllegalArgumentException("not a normalized recovery code");
        }
        StringBuilder shown = new StringBuilder(LENGTH + LENGTH / GROUP_LENGTH);
        for (int i = 0; i < LENGTH; i += GROUP_LENGTH) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(normalized, i, i + GROUP_LENGTH);
        }
        return shown.toString();
    }

    private static char fold(char c) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return switch (lower) {
            case 'i', 'l' -> '1';
            case 'o' -> '0';
            default -> lower;
        };
    }

    private static boolean isDash(char c) {
        // U+2010..U+2015: hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar.
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63' || c == '\uFF0D';
    }
}
