package org.symbolon.core.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HotpGeneratorTest {

    /** The secret of RFC 4226 Appendix D. */
    static final OtpSecret RFC_4226_SECRET = OtpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    private final HotpGenerator sixDigits = new HotpGenerator(OtpAlgorithm.SHA1, 6);

    @ParameterizedTest(name = "counter {0} gives {1}")
    @CsvSource({
        "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"})
    void codesMatchRfc4226AppendixD(long counter, String expected) {
        assertThat(sixDigits.code(RFC_4226_SECRET, counter)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "counter {0}: 7 digits {1}, 8 digits {2}")
    @CsvSource({
        // The last digits of the "Truncated" decimal column of RFC 4226 Appendix D:
        // 1284755224, 1094287082 and 137359152.
        "0, 4755224, 84755224",
        "1, 4287082, 94287082",
        "2, 7359152, 37359152"})
    void sevenAndEightDigitCodesAreTheLastDigitsOfTheTruncatedValue(long counter, String seven, String eight) {
        assertThat(new HotpGenerator(OtpAlgorithm.SHA1, 7).code(RFC_4226_SECRET, counter)).isEqualTo(seven);
        assertThat(new HotpGenerator(OtpAlgorithm.SHA1, 8).code(RFC_4226_SECRET, counter)).isEqualTo(eight);
    }

    @Test
    void codeKeepsItsLeadingZeros() {
        // Counter 36 of the RFC 4226 secret, computed with Python's hmac module as an independent oracle.
        assertThat(sixDigits.code(RFC_4226_SECRET, 36)).isEqualTo("003784");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 9, 10})
    void digitsOutsideSixToEightAreRefused(int digits) {
        assertThatThrownBy(() -> new HotpGenerator(OtpAlgorithm.SHA1, digits))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeCounterIsRefused() {
        assertThatThrownBy(() -> sixDigits.code(RFC_4226_SECRET, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatorDoesNotConsumeTheSecret() {
        // The generator wipes its own copy of the key; the secret must still give the same code.
        assertThat(sixDigits.code(RFC_4226_SECRET, 0)).isEqualTo("755224");
        assertThat(sixDigits.code(RFC_4226_SECRET, 0)).isEqualTo("755224");
        assertThat(RFC_4226_SECRET.bytes()).isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    }
}
