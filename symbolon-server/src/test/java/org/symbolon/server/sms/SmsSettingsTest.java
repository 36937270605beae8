package org.symbolon.server.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.symbolon.server.config.SmsSettings;
import org.symbolon.server.config.SymbolonProperties;

/** symbolon.sms.* as an operator writes it: off by default, and a mistake stops the start with the setting's name. */
class SmsSettingsTest {

    private static SmsSettings bind(String... settings) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            map.put(settings[i], settings[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("symbolon", SymbolonProperties.class).sms();
    }

    private static void refused(String message, String... settings) {
        assertThatThrownBy(() -> bind(settings)).isInstanceOf(BindException.class).rootCause().hasMessageContaining(message);
    }

    @Test
    void offByDefaultWithNothingElseAsked() {
        SmsSettings off = bind("symbolon.sms.twilio.account-sid", "not checked when off");
        assertThat(off.on()).isFalse();
        assertThat(off.defaultRegion()).isEmpty();
    }

    @Test
    void badSettingsNameThemselves() {
        refused("symbolon.sms.http.url", "symbolon.sms.gateway", "http", "symbolon.sms.http.url", "ftp://x/{phone}{message}");
        refused("must contain {message}", "symbolon.sms.gateway", "http", "symbolon.sms.http.url", "https://sms.example/{phone}");
        refused("symbolon.sms.http.method", "symbolon.sms.gateway", "http", "symbolon.sms.http.method", "DELETE",
                "symbolon.sms.http.url", "https://sms.example/?to={phone}&m={message}");
        refused("account-sid and auth-token", "symbolon.sms.gateway", "twilio");
        refused("exactly one of from and messaging-service-sid", "symbolon.sms.gateway", "twilio",
                "symbolon.sms.twilio.account-sid", "AC1", "symbolon.sms.twilio.auth-token", "t");
        refused("symbolon.sms.default-region", "symbolon.sms.default-region", "Germany");
        refused("symbolon.sms.timeout", "symbolon.sms.timeout", "0s");
        assertThat(bind("symbolon.sms.default-region", "de").defaultRegion()).isEqualTo("DE");
    }
}
