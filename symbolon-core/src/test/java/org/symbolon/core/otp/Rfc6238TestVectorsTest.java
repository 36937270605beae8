package org.symbolon.core.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of RFC 6238 Appendix B: 8 digits, T0 = 0, X = 30 seconds. */
class Rfc6238TestVectorsTest {

    private static OtpSecret seed(OtpAlgorithm algorithm) {
        // Appendix B (and the reference code of Appendix A) use seeds as long as the hash output.
        String seed = switch (algorithm) {
            case SHA1 -> "12345678901234567890";
            case SHA256 -> "12345678901234567890123456789012";
            case SHA512 -> "1234567890123456789012345678901234567890123456789012345678901234";
        };
        return OtpSecret.of(seed.getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest(name = "{0} s, {3}: {2}")
    @CsvSource({
        "59,          1,         94287082, SHA1",
        "59,          1,         46119246, SHA256",
        "59,          1,         90693936, SHA512",
        "1111111109,  37037036,  07081804, SHA1",
        "1111111109,  37037036,  68084774, SHA256",
        "1111111109,  37037036,  25091201, SHA512",
        "1111111111,  37037037,  14050471, SHA1",
        "1111111111,  37037037,  67062674, SHA256",
        "1111111111,  37037037,  99943326, SHA512",
        "1234567890,  41152263,  89005924, SHA1",
        "1234567890,  41152263,  91819424, SHA256",
        "1234567890,  41152263,  93441116, SHA512",
        "2000000000,  66666666,  69279037, SHA1",
        "2000000000,  66666666,  90698825, SHA256",
        "2000000000,  66666666,  38618901, SHA512",
        "20000000000, 666666666, 65353130, SHA1",
        "20000000000, 666666666, 77737706, SHA256",
        "20000000000, 666666666, 47863826, SHA512"})
    void codesMatchRfc6238AppendixB(long unixTime, long step, String expected, OtpAlgorithm algorithm) {
        TotpSettings settings = new TotpSettings(algorithm, 8, 30);
        Instant time = Instant.ofEpochSecond(unixTime);

        assertThat(settings.stepAt(time)).isEqualTo(step);
        assertThat(settings.generator().code(seed(algorithm), step)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} s, {3}: {2}")
    @CsvSource({
        "59,          1,         94287082, SHA1",
        "1111111109,  37037036,  07081804, SHA1",
        "1111111111,  37037037,  67062674, SHA256",
        "20000000000, 666666666, 47863826, SHA512"})
    void verifierAcceptsRfc6238AppendixBCodesAtTheirTime(long unixTime, long step, String code, OtpAlgorithm algorithm) {
        CodeCheck check = new TimeBasedCodeVerifier().verify(seed(algorithm), new TotpSettings(algorithm, 8, 30), code,
                Instant.ofEpochSecond(unixTime), TimeBasedCodeVerifier.NO_STEP_USED, 0, 0);

        assertThat(check).isEqualTo(new CodeCheck.Accepted(step, 0));
    }
}
