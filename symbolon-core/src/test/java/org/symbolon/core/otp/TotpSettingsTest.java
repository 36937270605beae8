package org.symbolon.core.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TotpSettingsTest {

    @Test
    void defaultIsSha1SixDigitsThirtySeconds() {
        assertThat(TotpSettings.DEFAULT).isEqualTo(new TotpSettings(OtpAlgorithm.SHA1, 6, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 7, 9})
    void onlySixOrEightDigitsAreAllowed(int digits) {
        assertThatThrownBy(() -> new TotpSettings(OtpAlgorithm.SHA1, digits, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {-30, 0, 1, 15, 45, 90})
    void onlyThirtyOrSixtySecondStepsAreAllowed(int period) {
        assertThatThrownBy(() -> new TotpSettings(OtpAlgorithm.SHA1, 6, period))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void algorithmIsRequired() {
        assertThatThrownBy(() -> new TotpSettings(null, 6, 30)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void stepChangesExactlyAtTheBoundary() {
        TotpSettings settings = TotpSettings.DEFAULT;

        assertThat(settings.stepAt(Instant.ofEpochSecond(0))).isZero();
        assertThat(settings.stepAt(Instant.ofEpochSecond(29, 999_999_999))).isZero();
        assertThat(settings.stepAt(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(new TotpSettings(OtpAlgorithm.SHA1, 6, 60).stepAt(Instant.ofEpochSecond(119))).isEqualTo(1);
    }

    @Test
    void stepBefore1970RoundsDown() {
        assertThat(TotpSettings.DEFAULT.stepAt(Instant.ofEpochSecond(-1))).isEqualTo(-1);
    }

    @Test
    void algorithmsKnowTheirJcaAndUriNames() {
        assertThat(OtpAlgorithm.SHA1.jcaName()).isEqualTo("HmacSHA1");
        assertThat(OtpAlgorithm.SHA256.jcaName()).isEqualTo("HmacSHA256");
        assertThat(OtpAlgorithm.SHA512.jcaName()).isEqualTo("HmacSHA512");
        assertThat(OtpAlgorithm.SHA1.uriName()).isEqualTo("SHA1");
        assertThat(OtpAlgorithm.SHA256.uriName()).isEqualTo("SHA256");
        assertThat(OtpAlgorithm.SHA512.uriName()).isEqualTo("SHA512");
    }
}
