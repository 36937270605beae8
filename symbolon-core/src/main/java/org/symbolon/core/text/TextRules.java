package org.symbolon.core.text;

import java.text.Normalizer;

/**
 * Checks shared by every free-text input: well-formed Unicode, no control characters, and a
 * length counted in code points (NIST SP 800-63B-4 §3.1.1.2 counts each code point as one).
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Returns the value in Unicode normalization form NFKC after checking it.
     *
     * @throws InputProblem when the value is null or empty (if {@code min > 0}), out of the length
     *     range, or not well-formed: a lone surrogate, a replacement character (what a decoder
     *     leaves of malformed bytes) or a control character.
     */
    public static String require(String field, String value, int min, int max) {
        if (value == null || value.isEmpty()) {
            if (min > 0) {
                throw new InputProblem(field, InputProblem.Reason.EMPTY);
            }
            return "";
        }
        if (value.length() > max * 4) {
            // Cheap refusal of huge inputs before any per-character work. Generous, because NFKC
            // can shrink text: decomposed Hangul, three code points a syllable, becomes one.
            throw new InputProblem(field, InputProblem.Reason.TOO_LONG, max);
        }
        requireWellFormed(field, value);
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < min) {
            throw new InputProblem(field, InputProblem.Reason.TOO_SHORT, min);
        }
        if (length > max) {
            throw new InputProblem(field, InputProblem.Reason.TOO_LONG, max);
        }
        return normalized;
    }

    private static void requireWellFormed(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InputProblem(field, InputProblem.Reason.MALFORMED);
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFD' || Character.isISOControl(c)) {
                throw new InputProblem(field, InputProblem.Reason.MALFORMED);
            }
        }
    }
}
