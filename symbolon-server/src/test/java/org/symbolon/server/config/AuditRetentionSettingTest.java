package org.symbolon.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** symbolon.audit.retention as an operator writes it, bound the way the server binds it at start-up. */
class AuditRetentionSettingTest {

    private static SymbolonProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("symbolon", SymbolonProperties.class);
    }

    @Test
    void theRetentionIs400DaysUnlessSetAndTakesTheUsualDurationForms() {
        assertThat(bind(Map.of()).audit().retention()).isEqualTo(Duration.ofDays(400));
        assertThat(bind(Map.of("symbolon.audit.retention", "30d")).audit().retention()).isEqualTo(Duration.ofDays(30));
        assertThat(bind(Map.of("symbolon.audit.retention", "PT24H")).audit().retention())
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aRetentionUnderOneDayStopsTheStartWithTheSettingsName() {
        for (String tooShort : new String[] {"23h", "0d", "-5d"}) {
            assertThatThrownBy(() -> bind(Map.of("symbolon.audit.retention", tooShort))).as(tooShort)
                    .isInstanceOf(BindException.class)
                    .rootCause().hasMessageContaining("symbolon.audit.retention must be at least 1d");
        }
    }

    @Test
    void aRetentionThatIsNoDurationStopsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("symbolon.audit.retention", "a year"))).isInstanceOf(BindException.class);
    }
}
