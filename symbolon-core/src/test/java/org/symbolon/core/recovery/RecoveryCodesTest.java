package org.symbolon.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecoveryCodesTest {

    private static final String CODE = "7hq2-m4xk-9bfz-wt3e";
    private static final String NORMALIZED = "7hq2m4xk9bfzwt3e";

    @Test
    void alphabetHasThirtyTwoDistinctCharactersSoEachCarriesFiveBits() {
        assertThat(RecoveryCodes.ALPHABET).hasSize(32);
        assertThat(RecoveryCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
        assertThat(RecoveryCodes.LENGTH * 5).isGreaterThanOrEqualTo(64);
    }

    @Test
    void alphabetIsLowerCaseAsciiWithoutTheLettersThatLookLikeDigits() {
        assertThat(RecoveryCodes.ALPHABET).matches("[0-9a-z]{32}");
        assertThat(RecoveryCodes.ALPHABET).doesNotContain("i", "l", "o", "u");
    }

    @Test
    void shownCodeNormalizesToItsSixteenCharacters() {
        assertThat(RecoveryCodes.normalize(CODE)).contains(NORMALIZED);
        assertThat(RecoveryCodes.normalize(NORMALIZED)).contains(NORMALIZED);
    }

    @Test
    void caseIsIgnored() {
        assertThat(RecoveryCodes.normalize("7HQ2-M4XK-9BFZ-WT3E")).contains(NORMALIZED);
        assertThat(RecoveryCodes.normalize("7hQ2-m4Xk-9BfZ-wT3e")).contains(NORMALIZED);
    }

    static Stream<Arguments> separators() {
        return Stream.of(
                arguments(named("spaces", "7hq2 m4xk 9bfz wt3e")),
                arguments(named("no separator", "7hq2m4xk9bfzwt3e")),
                arguments(named("spaces around", "  7hq2-m4xk-9bfz-wt3e  ")),
                arguments(named("dashes in other places", "7-h-q-2m4xk9bfzwt3-e")),
                arguments(named("doubled dashes", "7hq2--m4xk--9bfz--wt3e")),
                arguments(named("en dash", "7hq2\u2013m4xk\u20139bfz\u2013wt3e")),
                arguments(named("em dash", "7hq2\u2014m4xk\u20149bfz\u2014wt3e")),
                arguments(named("Unicode hyphen", "7hq2\u2010m4xk\u20109bfz\u2010wt3e")),
                arguments(named("non-breaking hyphen", "7hq2\u2011m4xk\u20119bfz\u2011wt3e")),
                arguments(named("minus sign", "7hq2\u2212m4xk\u22129bfz\u2212wt3e")),
                arguments(named("fullwidth hyphen-minus", "7hq2\uFF0Dm4xk\uFF0D9bfz\uFF0Dwt3e")),
                arguments(named("no-break space", "7hq2\u00A0m4xk\u00A09bfz\u00A0wt3e")),
                arguments(named("narrow no-break space", "7hq2\u202Fm4xk\u202F9bfz\u202Fwt3e")));
    }

    @ParameterizedTest
    @MethodSource("separators")
    void spacesAndDashesOfAnyKindAreIgnored(String typed) {
        assertThat(RecoveryCodes.normalize(typed)).contains(NORMALIZED);
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsTheDigits() {
        assertThat(RecoveryCodes.normalize("a0b1-c1d0-0000-1111")).contains("a0b1c1d000001111");
        assertThat(RecoveryCodes.normalize("aOb1-cLdo-oOoO-iIlL")).contains("a0b1c1d000001111");
    }

    static Stream<Arguments> impossibleCodes() {
        return Stream.of(
                arguments(named("null", null)),
                arguments(named("empty", "")),
                arguments(named("only dashes", "----")),
                arguments(named("fifteen characters", "7hq2-m4xk-9bfz-wt3")),
                arguments(named("seventeen characters", "7hq2-m4xk-9bfz-wt3ee")),
                arguments(named("two codes", CODE + " " + CODE)),
                arguments(named("u, which Crockford leaves out", "7hq2-m4xk-9bfz-wt3u")),
                arguments(named("punctuation", "7hq2-m4xk-9bfz-wt3!")),
                arguments(named("underscore", "7hq2_m4xk_9bfz_wt3e")),
                arguments(named("accented letter", "7hq2-m4xk-9bfz-wt3\u00E9")),
                arguments(named("Turkish dotted capital I", "7hq2-m4xk-9bfz-wt3\u0130")),
                arguments(named("fullwidth letter", "7hq2-m4xk-9bfz-wt3\uFF45")),
                arguments(named("Arabic-Indic digits", "\u0667hq2-m4xk-\u0669bfz-wt\u0663e")),
                arguments(named("lone surrogate", "7hq2-m4xk-9bfz-wt3\uD83D")),
                arguments(named("replacement character", "7hq2-m4xk-9bfz-wt3\uFFFD")),
                arguments(named("NUL", "7hq2-m4xk-9bfz-wt3\u0000")),
                arguments(named("10,000 characters", "a".repeat(10_000))),
                arguments(named("the code then 10,000 spaces", CODE + " ".repeat(10_000))));
    }

    @ParameterizedTest
    @MethodSource("impossibleCodes")
    void inputThatCannotBeACodeIsRefusedWithoutALookUp(String typed) {
        assertThat(RecoveryCodes.normalize(typed)).isEmpty();
    }

    @Test
    void formatGroupsANormalizedCodeInFours() {
        assertThat(RecoveryCodes.format(NORMALIZED)).isEqualTo(CODE);
    }

    @Test
    void formatRefusesAnythingButANormalizedCode() {
        for (String notNormalized : new String[] {CODE, NORMALIZED.toUpperCase(), "7hq2m4xk9bfzwt3", "7hq2m4xk9bfzwt3o"}) {
            assertThatThrownBy(() -> RecoveryCodes.format(notNormalized))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("7hq2");
        }
    }

    @Test
    void everyAlphabetCharacterSurvivesNormalization() {
        String all = RecoveryCodes.ALPHABET.substring(0, 16);
        String rest = RecoveryCodes.ALPHABET.substring(16);

        assertThat(RecoveryCodes.normalize(all)).contains(all);
        assertThat(RecoveryCodes.normalize(rest.toUpperCase())).contains(rest);
        assertThat(RecoveryCodes.ALPHABET.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()))
                .isEqualTo("0123456789abcdefghjkmnpqrstvwxyz");
    }
}
