package org.symbolon.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.symbolon.core.notify.MailLanguage;

/** symbolon.mail.* as an operator writes it, bound the way the server binds it at start-up. */
class MailSettingsTest {

    private static final String PASSWORD = "s3cret-Smtp-Pa55";

    private static MailSettings bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("symbolon", SymbolonProperties.class).mail();
    }

    private static Map<String, String> relay(String... more) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "symbolon.mail.host", "smtp.example.org", "symbolon.mail.from", "2fa@example.org"));
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    @Test
    void withoutAHostMailIsOffAndNothingElseIsAsked() {
        MailSettings off = bind(Map.of());
        assertThat(off.enabled()).isFalse();
        assertThat(off.defaultLanguage()).isEqualTo(MailLanguage.ENGLISH);
        assertThat(bind(Map.of("symbolon.mail.from", "not an address")).enabled()).isFalse();
    }

    @Test
    void aRelayGetsTheUsualPortOfItsSecurityAndTheDefaults() {
        MailSettings relay = bind(relay());
        assertThat(relay.enabled()).isTrue();
        assertThat(relay.security()).isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(relay.effectivePort()).isEqualTo(587);
        assertThat(relay.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(bind(relay("symbolon.mail.security", "tls")).effectivePort()).isEqualTo(465);
        assertThat(bind(relay("symbolon.mail.security", "NONE", "symbolon.mail.host", "localhost")).effectivePort())
                .isEqualTo(25);
        assertThat(bind(relay("symbolon.mail.port", "2525")).effectivePort()).isEqualTo(2525);
        assertThat(bind(relay("symbolon.mail.language", "de")).defaultLanguage()).isEqualTo(MailLanguage.GERMAN);
    }

    @Test
    void eachMistakeStopsTheStartNamingTheSetting() {
        Map<Map<String, String>, String> mistakes = Map.of(
                Map.of("symbolon.mail.host", "smtp.example.org"), "symbolon.mail.from must be set",
                relay("symbolon.mail.from", "2fa at example.org"), "symbolon.mail.from must be an e-mail address",
                relay("symbolon.mail.password", PASSWORD), "symbolon.mail.password is set but symbolon.mail.user is not",
                relay("symbolon.mail.security", "NONE", "symbolon.mail.user", "u", "symbolon.mail.password", PASSWORD),
                "would send the password in clear to smtp.example.org",
                relay("symbolon.mail.port", "70000"), "symbolon.mail.port must be 1 to 65535",
                relay("symbolon.mail.timeout", "0s"), "must be 1s to 5m",
                relay("symbolon.mail.connect-timeout", "1h"), "must be 1s to 5m",
                relay("symbolon.mail.host", "smtp://smtp.example.org"), "symbolon.mail.host must be a host name",
                Map.of("symbolon.mail.language", "fr"), "symbolon.mail.language must be en or de");
        mistakes.forEach((settings, message) -> assertThatThrownBy(() -> bind(settings)).as(message)
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining(message).message().doesNotContain(PASSWORD));
        assertThatThrownBy(() -> bind(relay("symbolon.mail.security", "SSL"))).isInstanceOf(BindException.class);
    }

    @Test
    void thePasswordNeverPrints() {
        MailSettings settings = bind(relay("symbolon.mail.user", "symbolon", "symbolon.mail.password", PASSWORD));
        assertThat(settings.password()).isEqualTo(PASSWORD);
        assertThat(settings.toString()).doesNotContain(PASSWORD).contains("password=(set)");
        assertThatThrownBy(() -> bind(relay("symbolon.mail.user", "u", "symbolon.mail.password", PASSWORD,
                "symbolon.mail.port", "-1")))
                .satisfies(failure -> {
                    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                        assertThat(String.valueOf(cause.getMessage())).doesNotContain(PASSWORD);
                    }
                });
    }
}
