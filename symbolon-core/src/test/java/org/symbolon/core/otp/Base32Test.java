package org.symbolon.core.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static IllegalArgumentException refusal(String text) {
        IllegalArgumentException problem = catchThrowableOfType(IllegalArgumentException.class, () -> Base32.decode(text));
        assertThat(problem).as("refusal").isNotNull();
        return problem;
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        // RFC 4648 §10, with the padding that this encoder leaves out.
        "'',     ''",
        "f,      MY",
        "fo,     MZXQ",
        "foo,    MZXW6",
        "foob,   MZXW6YQ",
        "fooba,  MZXW6YTB",
        "foobar, MZXW6YTBOI"})
    void encodingMatchesRfc4648WithoutPadding(String input, String expected) {
        assertThat(Base32.encode(ascii(input))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} is \"{0}\"")
    @CsvSource({
        "'',     ''",
        "f,      MY======",
        "fo,     MZXQ====",
        "foo,    MZXW6===",
        "foob,   MZXW6YQ=",
        "fooba,  MZXW6YTB",
        "foobar, MZXW6YTBOI======"})
    void decodingReadsRfc4648VectorsWithPadding(String expected, String encoded) {
        assertThat(Base32.decode(encoded)).isEqualTo(ascii(expected));
    }

    @Test
    void decodingIgnoresCaseSpacesAndMissingPadding() {
        byte[] foobar = ascii("foobar");

        assertThat(Base32.decode("MZXW6YTBOI")).isEqualTo(foobar);
        assertThat(Base32.decode("mzxw6ytboi")).isEqualTo(foobar);
        assertThat(Base32.decode("mZxW 6yTb oI")).isEqualTo(foobar);
        assertThat(Base32.decode(" MZXW 6YTB OI== ==== ")).isEqualTo(foobar);
    }

    @Test
    void rfc4226SecretHasItsWellKnownBase32Form() {
        assertThat(Base32.encode(ascii("12345678901234567890"))).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void randomBytesOfEveryLengthSurviveARoundTrip() {
        Random random = new Random(4648);
        for (int length = 0; length <= 100; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String encoded = Base32.encode(bytes);

            assertThat(encoded).matches("[A-Z2-7]*");
            assertThat(Base32.decode(encoded)).isEqualTo(bytes);
            assertThat(Base32.decode(encoded.toLowerCase())).isEqualTo(bytes);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MZXW0", "MZXW1", "MZXW8", "MZXW9", "MZ!W6", "MZXW6YT\u00C9", "MZXW6YT\u0000", "MZ-XW6",
        "MZ\tXW6", "MZXW6\uD83D", "\uFF2D\uFF3A"})
    void characterOutsideTheAlphabetIsRefused(String text) {
        assertThat(refusal(text).getMessage()).isEqualTo("Base32 text has a character outside the alphabet");
    }

    @Test
    void paddingFollowedByDataIsRefused() {
        assertThat(refusal("MY==MY").getMessage()).isEqualTo("Base32 padding is followed by data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"M", "MZX", "MZXW6Y", "MZXW6YTBO"})
    void lengthThatNoWholeNumberOfBytesMakesIsRefused(String text) {
        assertThat(refusal(text).getMessage()).isEqualTo("Base32 text has an impossible length");
    }

    @Test
    void nonZeroTrailingBitsAreRefused() {
        // "MY" is "f"; "MZ" sets one of the two bits left over after the byte.
        assertThat(refusal("MZ").getMessage()).isEqualTo("Base32 text has non-zero trailing bits");
    }

    @Test
    void nullIsRefused() {
        assertThat(refusal(null).getMessage()).isEqualTo("Base32 text is missing");
    }

    @Test
    void refusalNeverRepeatsTheText() {
        String secretish = "JBSWY3DPEHPK3PXP0";

        assertThat(refusal(secretish).getMessage()).doesNotContain("JBSWY").doesNotContain("0");
    }
}
