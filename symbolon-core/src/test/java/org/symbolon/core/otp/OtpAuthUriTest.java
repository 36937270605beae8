package org.symbolon.core.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OtpAuthUriTest {

    private static final OtpSecret SECRET = OtpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private static final String KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void defaultSettingsGiveOnlySecretAndIssuer() {
        assertThat(OtpAuthUri.totp("Symbolon", "alice", SECRET, TotpSettings.DEFAULT))
                .isEqualTo("otpauth://totp/Symbolon:alice?secret=" + KEY + "&issuer=Symbolon");
    }

    @Test
    void spacesAreEncodedAsPercentTwentyNotPlus() {
        assertThat(OtpAuthUri.totp("ACME Co", "alice smith", SECRET, TotpSettings.DEFAULT))
                .isEqualTo("otpauth://totp/ACME%20Co:alice%20smith?secret=" + KEY + "&issuer=ACME%20Co");
    }

    @Test
    void colonInIssuerOrAccountIsEncodedSoOnlyTheSeparatorIsLiteral() {
        String uri = OtpAuthUri.totp("Big:Corp", "alice:admin@example.com", SECRET, TotpSettings.DEFAULT);

        assertThat(uri).isEqualTo("otpauth://totp/Big%3ACorp:alice%3Aadmin%40example.com?secret=" + KEY
                + "&issuer=Big%3ACorp");
        assertThat(uri.substring("otpauth://totp/".length(), uri.indexOf('?'))).containsOnlyOnce(":");
    }

    @Test
    void nonAsciiIsEncodedAsUtf8() {
        assertThat(OtpAuthUri.totp("Z\u00FCrich", "\u00E9lise", SECRET, TotpSettings.DEFAULT))
                .isEqualTo("otpauth://totp/Z%C3%BCrich:%C3%A9lise?secret=" + KEY + "&issuer=Z%C3%BCrich");
    }

    @Test
    void reservedCharactersAreEncodedAndUnreservedOnesKept() {
        assertThat(OtpAuthUri.encode("a-b.c_d~e")).isEqualTo("a-b.c_d~e");
        assertThat(OtpAuthUri.encode("&=?#/+%")).isEqualTo("%26%3D%3F%23%2F%2B%25");
    }

    @Test
    void labelDecodesBackToIssuerAndAccount() {
        URI uri = URI.create(OtpAuthUri.totp("ACME Co", "alice:admin@example.com", SECRET, TotpSettings.DEFAULT));

        assertThat(uri.getScheme()).isEqualTo("otpauth");
        assertThat(uri.getHost()).isEqualTo("totp");
        assertThat(uri.getPath()).isEqualTo("/ACME Co:alice:admin@example.com");
    }

    @Test
    void settingsThatDifferFromTheDefaultsAreListed() {
        TotpSettings settings = new TotpSettings(OtpAlgorithm.SHA256, 8, 60);

        assertThat(OtpAuthUri.totp("Symbolon", "alice", SECRET, settings)).isEqualTo(
                "otpauth://totp/Symbolon:alice?secret=" + KEY + "&issuer=Symbolon&algorithm=SHA256&digits=8&period=60");
    }

    @Test
    void onlyTheSettingThatDiffersIsListed() {
        assertThat(OtpAuthUri.totp("Symbolon", "alice", SECRET, new TotpSettings(OtpAlgorithm.SHA1, 6, 60)))
                .isEqualTo("otpauth://totp/Symbolon:alice?secret=" + KEY + "&issuer=Symbolon&period=60");
        assertThat(OtpAuthUri.totp("Symbolon", "alice", SECRET, new TotpSettings(OtpAlgorithm.SHA512, 6, 30)))
                .isEqualTo("otpauth://totp/Symbolon:alice?secret=" + KEY + "&issuer=Symbolon&algorithm=SHA512");
    }

    @Test
    void hotpUriAlwaysCarriesTheCounter() {
        assertThat(OtpAuthUri.hotp("Symbolon", "alice", SECRET, OtpAlgorithm.SHA1, 6, 0))
                .isEqualTo("otpauth://hotp/Symbolon:alice?secret=" + KEY + "&issuer=Symbolon&counter=0");
        assertThat(OtpAuthUri.hotp("Symbolon", "alice", SECRET, OtpAlgorithm.SHA512, 8, 42))
                .isEqualTo("otpauth://hotp/Symbolon:alice?secret=" + KEY
                        + "&issuer=Symbolon&algorithm=SHA512&digits=8&counter=42");
    }

    @Test
    void missingOrBlankIssuerOrAccountIsRefused() {
        assertThatThrownBy(() -> OtpAuthUri.totp(null, "alice", SECRET, TotpSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OtpAuthUri.totp("Symbolon", " ", SECRET, TotpSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedUnicodeIsRefusedRatherThanTurnedIntoQuestionMarks() {
        assertThatThrownBy(() -> OtpAuthUri.totp("Symbolon", "alice\uD83D", SECRET, TotpSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("alice");
    }

    @Test
    void hotpWithBadDigitsOrNegativeCounterIsRefused() {
        assertThatThrownBy(() -> OtpAuthUri.hotp("Symbolon", "alice", SECRET, OtpAlgorithm.SHA1, 9, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OtpAuthUri.hotp("Symbolon", "alice", SECRET, OtpAlgorithm.SHA1, 6, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
