package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.symbolon.core.audit.SecurityEventType;

/** Every page in English and German: the two message files name the same keys, event types included. */
class MessageBundlesTest {

    @Test
    void theGermanMessagesHaveEveryKeyOfTheEnglishAndNoOther() {
        Properties english = load("/messages.properties");
        Properties german = load("/messages_de.properties");

        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyEventTypeHasAReadableNameInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("/messages.properties", "/messages_de.properties")) {
            Properties messages = load(file);
            for (SecurityEventType type : SecurityEventType.values()) {
                String name = messages.getProperty("audit.type." + type.name());
                if (name == null || name.isBlank() || name.equals(type.name())) {
                    missing.add(file + ": " + type);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            // Spring reads them as UTF-8 (spring.messages.encoding's default).
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
