package org.symbolon.core.otp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The look-ahead and the resynchronisation of RFC 4226 §7.4, with the codes of its Appendix D. */
class CounterBasedCodeVerifierTest {

    private static final OtpSecret SECRET = HotpGeneratorTest.RFC_4226_SECRET;
    private static final HotpGenerator SIX_DIGITS = new HotpGenerator(OtpAlgorithm.SHA1, 6);
    private final CounterBasedCodeVerifier verifier = new CounterBasedCodeVerifier();

    @ParameterizedTest(name = "counter {0}: {1}")
    @CsvSource({
        "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"})
    void everyAppendixDCodeIsFoundAtItsCounterWithinTheLookAheadFromZero(long counter, String code) {
        assertThat(verifier.verify(SECRET, SIX_DIGITS, code, 0, CounterBasedCodeVerifier.LOOK_AHEAD))
                .isEqualTo(new CodeCheck.Accepted(counter, 0));
    }

    @Test
    void aCodeBeyondTheLookAheadIsWrong() {
        // 520489 belongs to counter 9: from counter 0 a window of 9 values (0 to 8) misses it.
        assertThat(verifier.verify(SECRET, SIX_DIGITS, "520489", 0, 9))
                .isEqualTo(new CodeCheck.Rejected(CodeCheck.Reason.WRONG));
    }

    @Test
    void theCodeSpentLastIsReplayedAndEarlierOnesAreWrong() {
        assertThat(verifier.verify(SECRET, SIX_DIGITS, "338314", 5, 10))
                .isEqualTo(new CodeCheck.Rejected(CodeCheck.Reason.REPLAYED));
        assertThat(verifier.verify(SECRET, SIX_DIGITS, "969429", 5, 10))
                .isEqualTo(new CodeCheck.Rejected(CodeCheck.Reason.WRONG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "75522", "7552244", "+755224", "７５５２２４", "٧٥٥٢٢٤", "75522a", "755\u0000224"})
    void somethingThatIsNotSixAsciiDigitsIsMalformed(String typed) {
        assertThat(verifier.verify(SECRET, SIX_DIGITS, typed, 0, 10))
                .isEqualTo(new CodeCheck.Rejected(CodeCheck.Reason.MALFORMED));
    }

    @Test
    void spacesInsideACodeAreDropped() {
        assertThat(verifier.verify(SECRET, SIX_DIGITS, "755 224", 0, 10)).isEqualTo(new CodeCheck.Accepted(0, 0));
    }

    @Test
    void twoConsecutiveCodesResynchroniseToTheSecondOnesCounter() {
        assertThat(verifier.resynchronize(SECRET, SIX_DIGITS, "287922", "162583", 0))
                .isEqualTo(new CodeCheck.Accepted(7, 0));
    }

    @Test
    void twoCodesThatAreNotConsecutiveDoNotResynchronise() {
        assertThat(verifier.resynchronize(SECRET, SIX_DIGITS, "287922", "399871", 0))
                .isEqualTo(new CodeCheck.Rejected(CodeCheck.Reason.WRONG));
        assertThat(verifier.resynchronize(SECRET, SIX_DIGITS, "162583", "287922", 0))
                .isEqualTo(new CodeCheck.Rejected(CodeCheck.Reason.WRONG));
    }

    @Test
    void resynchronisationSearchesAheadOfTheStoredCounterOnly() {
        assertThat(verifier.resynchronize(SECRET, SIX_DIGITS, "287922", "162583", 7))
                .isEqualTo(new CodeCheck.Rejected(CodeCheck.Reason.WRONG));
    }

    @Test
    void aMalformedCodeInThePairIsMalformed() {
        assertThat(verifier.resynchronize(SECRET, SIX_DIGITS, "287922", "", 0))
                .isEqualTo(new CodeCheck.Rejected(CodeCheck.Reason.MALFORMED));
    }
}
