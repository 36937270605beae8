package org.symbolon.core.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OtpSecretTest {

    private static final byte[] RFC_4226_BYTES = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void generatedSecretHas160BitsByDefault() {
        OtpSecret secret = OtpSecret.generate(new SecureRandom());

        assertThat(secret.length()).isEqualTo(20);
        assertThat(secret.base32()).hasSize(32);
    }

    @Test
    void generatedSecretsDiffer() {
        SecureRandom random = new SecureRandom();

        assertThat(OtpSecret.generate(random).bytes()).isNotEqualTo(OtpSecret.generate(random).bytes());
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 20, 32, 64})
    void generatedSecretHasTheRequestedLength(int length) {
        assertThat(OtpSecret.generate(new SecureRandom(), length).length()).isEqualTo(length);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 10, 15, 65})
    void lengthOutside128To512BitsIsRefused(int length) {
        assertThatThrownBy(() -> OtpSecret.generate(new SecureRandom(), length))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OtpSecret.of(new byte[Math.max(length, 0)]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] input = RFC_4226_BYTES.clone();
        OtpSecret secret = OtpSecret.of(input);

        input[0] = 0;
        secret.bytes()[1] = 0;

        assertThat(secret.bytes()).isEqualTo(RFC_4226_BYTES);
    }

    @Test
    void base32IsUpperCaseWithoutPadding() {
        assertThat(OtpSecret.of(RFC_4226_BYTES).base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        // 16 bytes make 25.6 characters: 26 without the six '=' of padding.
        assertThat(OtpSecret.of(new byte[16]).base32()).isEqualTo("A".repeat(26));
    }

    @Test
    void groupedShowsGroupsOfFourSeparatedBySpaces() {
        assertThat(OtpSecret.of(RFC_4226_BYTES).grouped()).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        assertThat(OtpSecret.of(new byte[16]).grouped()).isEqualTo("AAAA AAAA AAAA AAAA AAAA AAAA AA");
    }

    @Test
    void groupedKeyTypedInLowerCaseGivesTheSameSecret() {
        OtpSecret secret = OtpSecret.generate(new SecureRandom());

        assertThat(OtpSecret.fromBase32(secret.grouped().toLowerCase()).bytes()).isEqualTo(secret.bytes());
    }

    @Test
    void base32OfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> OtpSecret.fromBase32("JBSWY3DPEHPK3PXP")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesTheValue() {
        OtpSecret secret = OtpSecret.of(RFC_4226_BYTES);

        assertThat(secret.toString())
                .isEqualTo("OtpSecret[20 bytes, hidden]")
                .doesNotContain(secret.base32().substring(0, 4))
                .doesNotContain("1234");
    }
}
