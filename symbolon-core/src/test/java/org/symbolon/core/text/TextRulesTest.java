package org.symbolon.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextRulesTest {

    private static InputProblem refusal(String value, int min, int max) {
        InputProblem problem = catchThrowableOfType(InputProblem.class, () -> TextRules.require("field", value, min, max));
        assertThat(problem).as("refusal").isNotNull();
        return problem;
    }

    @Test
    void nullIsRefusedAsEmptyWhenAValueIsRequired() {
        InputProblem problem = refusal(null, 1, 10);

        assertThat(problem.reason()).isEqualTo(InputProblem.Reason.EMPTY);
        assertThat(problem.field()).isEqualTo("field");
    }

    @Test
    void emptyIsRefusedAsEmptyWhenAValueIsRequired() {
        assertThat(refusal("", 1, 10).reason()).isEqualTo(InputProblem.Reason.EMPTY);
    }

    @Test
    void nullAndEmptyBecomeEmptyWhenTheValueIsOptional() {
        assertThat(TextRules.require("field", null, 0, 10)).isEmpty();
        assertThat(TextRules.require("field", "", 0, 10)).isEmpty();
    }

    @Test
    void lengthIsCountedInCodePointsSoAnEmojiIsOne() {
        String grinningFace = "\uD83D\uDE00";

        assertThat(TextRules.require("field", grinningFace, 1, 1)).isEqualTo(grinningFace);
        assertThat(TextRules.require("field", "ab" + grinningFace, 3, 3)).isEqualTo("ab" + grinningFace);
        assertThat(refusal(grinningFace + grinningFace, 1, 1).reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
    }

    @Test
    void valueOfExactlyTheMaximumIsAccepted() {
        assertThat(TextRules.require("field", "a".repeat(256), 1, 256)).hasSize(256);
        assertThat(TextRules.require("field", "\uD83D\uDE00".repeat(256), 1, 256)).hasSize(512);
    }

    @Test
    void valueOneOverTheMaximumIsRefusedWithTheLimit() {
        InputProblem problem = refusal("a".repeat(257), 1, 256);

        assertThat(problem.reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
        assertThat(problem.limit()).isEqualTo(256);
    }

    @Test
    void valueUnderTheMinimumIsRefusedWithTheLimit() {
        InputProblem problem = refusal("ab", 3, 10);

        assertThat(problem.reason()).isEqualTo(InputProblem.Reason.TOO_SHORT);
        assertThat(problem.limit()).isEqualTo(3);
    }

    @Test
    void tenThousandCharactersAreRefusedAsTooLong() {
        assertThat(refusal("a".repeat(10_000), 1, 256).reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
        assertThat(refusal("\uD83D\uDE00".repeat(10_000), 1, 256).reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
    }

    @Test
    void hugeInputIsRefusedAsTooLongEvenWhenItIsAlsoMalformed() {
        // The cheap length check comes first, so that a huge input costs no per-character work.
        assertThat(refusal("\u0000".repeat(10_000), 1, 256).reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
    }

    static Stream<Arguments> loneSurrogates() {
        return Stream.of(
                arguments(named("lone high surrogate alone", "\uD83D")),
                arguments(named("lone high surrogate at the end", "abc\uD83D")),
                arguments(named("lone high surrogate followed by a letter", "\uD83Dabc")),
                arguments(named("two high surrogates", "a\uD83D\uD83Db")),
                arguments(named("lone low surrogate alone", "\uDE00")),
                arguments(named("lone low surrogate inside", "ab\uDE00cd")),
                arguments(named("pair in the wrong order", "a\uDE00\uD83Db")));
    }

    @ParameterizedTest
    @MethodSource("loneSurrogates")
    void lonelySurrogateIsRefusedAsMalformed(String value) {
        assertThat(refusal(value, 1, 100).reason()).isEqualTo(InputProblem.Reason.MALFORMED);
    }

    @Test
    void replacementCharacterIsRefusedAsMalformed() {
        // U+FFFD is what a decoder leaves of bytes that were not valid UTF-8.
        assertThat(refusal("caf\uFFFD", 1, 100).reason()).isEqualTo(InputProblem.Reason.MALFORMED);
    }

    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                arguments(named("NUL", "ab\u0000cd")),
                arguments(named("tab", "ab\tcd")),
                arguments(named("line feed", "ab\ncd")),
                arguments(named("carriage return", "ab\rcd")),
                arguments(named("escape", "ab\u001Bcd")),
                arguments(named("delete", "ab\u007Fcd")),
                arguments(named("next line (C1)", "ab\u0085cd")),
                arguments(named("last C1 control", "ab\u009Fcd")));
    }

    @ParameterizedTest
    @MethodSource("controlCharacters")
    void controlCharacterIsRefusedAsMalformed(String value) {
        assertThat(refusal(value, 1, 100).reason()).isEqualTo(InputProblem.Reason.MALFORMED);
    }

    @Test
    void valueIsReturnedInNfkc() {
        assertThat(TextRules.require("field", "\uFB01le", 1, 100)).isEqualTo("file");
        assertThat(TextRules.require("field", "\uFF21\uFF4C\uFF49\uFF43\uFF45", 1, 100)).isEqualTo("Alice");
        assertThat(TextRules.require("field", "\u2460", 1, 100)).isEqualTo("1");
        assertThat(TextRules.require("field", "caf\u00E9", 1, 100)).isEqualTo("caf\u00E9");
    }

    @Test
    void composedAndDecomposedAccentsGiveTheSameValue() {
        String composed = TextRules.require("field", "caf\u00E9", 1, 100);
        String decomposed = TextRules.require("field", "cafe\u0301", 1, 100);

        assertThat(decomposed).isEqualTo(composed);
    }

    @Test
    void lengthIsMeasuredAfterNormalization() {
        // Five decomposed "é" are ten chars but five code points once composed.
        assertThat(TextRules.require("field", "e\u0301".repeat(5), 1, 5)).isEqualTo("\u00E9".repeat(5));
        // One ligature is one code point typed, two once normalized.
        assertThat(refusal("\uFB00", 1, 1).reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
    }

    @Test
    void decomposedHangulIsMeasuredAfterComposition() {
        // U+1112 U+1161 U+11AB is the decomposed form of the syllable U+D55C.
        String decomposedSyllable = "\u1112\u1161\u11AB";

        assertThat(TextRules.require("field", decomposedSyllable.repeat(4), 1, 4)).isEqualTo("\uD55C".repeat(4));
    }

    @Test
    void refusalMessageNeverCarriesTheInput() {
        InputProblem problem = refusal("hunter2-secret\u0000", 1, 100);

        assertThat(problem.getMessage()).doesNotContain("hunter2").isEqualTo("field: MALFORMED");
    }
}
