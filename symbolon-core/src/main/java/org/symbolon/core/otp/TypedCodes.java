package org.symbolon.core.otp;

import java.util.Optional;

/** Turns what a person typed or pasted into the digits of a one-time code, or refuses it. */
public final class TypedCodes {

    /** Far more than any spaced-out 8-digit code; bounds the work spent on a huge input. */
    private static final int MAX_TYPED_LENGTH = 32;

    private TypedCodes() {
    }

    /**
     * The code without spaces, when it is exactly {@code digits} ASCII digits.
     *
     * <p>Apps show codes as "123 456", so spaces of any kind (including the no-break space that
     * copying from a web page brings along) are dropped. Anything else is refused, notably digits
     * of other scripts: {@code Character.isDigit} accepts "١٢٣٤٥٦", but no authenticator shows
     * those, and accepting them would make several strings the same code.
     *
     * @return empty for null, empty, too long, a sign, a letter or any other non-ASCII-digit.
     */
    public static Optional<String> normalize(String typed, int digits) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isSpaceChar(c)) {
                continue;
            }
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            code.append(c);
        }
        return code.length() == digits ? Optional.of(code.toString()) : Optional.empty();
    }
}
