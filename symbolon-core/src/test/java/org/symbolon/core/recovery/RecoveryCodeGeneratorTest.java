package org.symbolon.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodeGeneratorTest {

    private static final String SHOWN_FORM = "[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}";

    private final RecoveryCodeGenerator generator = new RecoveryCodeGenerator(new SecureRandom());

    @Test
    void defaultSetHasTenCodes() {
        assertThat(generator.generate()).hasSize(10);
    }

    @Test
    void setHasTheRequestedNumberOfCodes() {
        assertThat(generator.generate(1)).hasSize(1);
        assertThat(generator.generate(100)).hasSize(100);
    }

    @Test
    void countOutsideOneToAHundredIsRefused() {
        assertThatThrownBy(() -> generator.generate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.generate(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreShownAsFourGroupsOfFourFromTheAlphabet() {
        for (String code : generator.generate(100)) {
            assertThat(code).matches(SHOWN_FORM);
        }
    }

    @Test
    void shownCodeNormalizesToTheSameCharactersWithoutDashes() {
        for (String code : generator.generate()) {
            assertThat(RecoveryCodes.normalize(code)).contains(code.replace("-", ""));
            assertThat(RecoveryCodes.format(code.replace("-", ""))).isEqualTo(code);
        }
    }

    @Test
    void setIsImmutable() {
        List<String> codes = generator.generate();

        assertThatThrownBy(() -> codes.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void codesAreUniqueAcrossAThousandSets() {
        Set<String> seen = new HashSet<>();
        for (int set = 0; set < 1_000; set++) {
            seen.addAll(generator.generate());
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void everyCharacterOfTheAlphabetIsDrawnAboutEquallyOften() {
        int[] counts = new int[128];
        for (String code : generator.generate(100)) {
            code.replace("-", "").chars().forEach(c -> counts[c]++);
        }
        for (int set = 0; set < 99; set++) {
            for (String code : generator.generate(100)) {
                code.replace("-", "").chars().forEach(c -> counts[c]++);
            }
        }
        // 10,000 codes of 16 characters: 5,000 of each on average, with a standard deviation near 70.
        for (char c : RecoveryCodes.ALPHABET.toCharArray()) {
            assertThat(counts[c]).as("count of '%s'", c).isBetween(4_500, 5_500);
        }
    }

    @Test
    void setIsDrawnAgainWhenTheRandomSourceRepeatsACode() {
        // This source gives the same code twice, then others: the duplicate must be drawn again, not
        // returned, or the set would hold one hash twice.
        SecureRandom repeatingOnce = new SecureRandom() {
            private int calls;

            @Override
            public int nextInt(int bound) {
                calls++;
                // The first two codes (32 draws) are all '0'; then the draws count up.
                return calls <= 32 ? 0 : calls % bound;
            }
        };

        List<String> codes = new RecoveryCodeGenerator(repeatingOnce).generate(2);

        assertThat(codes).hasSize(2).doesNotHaveDuplicates();
        assertThat(codes.get(0)).isEqualTo("0000-0000-0000-0000");
    }
}
