package org.symbolon.server.webauthn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** symbolon.webauthn: defaults derived from the public URL, and settings that cannot be right stop the start. */
class WebAuthnSettingsTest {

    private static WebAuthnSettings settings(String rpId, List<String> origins, String appId, List<String> aaguids) {
        return new WebAuthnSettings(rpId, "", origins, appId, aaguids);
    }

    @Test
    void theRpIdAndOriginComeFromThePublicUrlUnlessSet() {
        WebAuthnSettings defaults = settings("", List.of(), "", List.of());
        assertThat(defaults.effectiveRpId("https://2FA.example.org:8443")).isEqualTo("2fa.example.org");
        assertThat(defaults.effectiveOrigins("https://2fa.example.org:8443")).containsExactly("https://2fa.example.org:8443");

        WebAuthnSettings set = settings("example.org", List.of("https://login.example.org"), "", List.of());
        assertThat(set.effectiveRpId("https://2fa.example.org")).isEqualTo("example.org");
        assertThat(set.effectiveOrigins("https://2fa.example.org")).containsExactly("https://login.example.org");
    }

    @Test
    void badSettingsNameTheSetting() {
        assertThatThrownBy(() -> settings("https://example.org", List.of(), "", List.of()))
                .hasMessageContaining("symbolon.webauthn.rp-id");
        assertThatThrownBy(() -> settings("", List.of("https://example.org/login"), "", List.of()))
                .hasMessageContaining("symbolon.webauthn.origins");
        assertThatThrownBy(() -> settings("", List.of("not a url"), "", List.of()))
                .hasMessageContaining("symbolon.webauthn.origins");
        assertThatThrownBy(() -> settings("", List.of(), "http://example.org/app-id.json", List.of()))
                .hasMessageContaining("symbolon.webauthn.app-id");
        assertThatThrownBy(() -> settings("", List.of(), "", List.of("yubikey")))
                .hasMessageContaining("symbolon.webauthn.allowed-aaguids");
    }

    @Test
    void theAllowListComparesAaguidsWithOrWithoutDashesAndRefusesKeysThatTellNone() {
        WebAuthnSettings listed = settings("", List.of(), "", List.of("CB69481E-8FF7-4039-93EC-0A2729A154A8"));
        assertThat(listed.restrictsModels()).isTrue();
        assertThat(listed.allowsModel(HexFormat.of().parseHex("cb69481e8ff7403993ec0a2729a154a8"))).isTrue();
        assertThat(listed.allowsModel(new byte[16])).isFalse();
        assertThat(listed.allowsModel(null)).isFalse();
        assertThat(settings("", List.of(), "", List.of()).allowsModel(null)).isTrue();
    }
}
