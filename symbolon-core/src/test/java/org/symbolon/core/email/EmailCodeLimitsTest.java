package org.symbolon.core.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The send limit and the shape of codes, without a database or a clock: time is a parameter. */
class EmailCodeLimitsTest {

    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");
    private final EmailCodeLimits limits = EmailCodeLimits.DEFAULT;

    @Test
    void oneMailEvery30SecondsAndFiveAnHourCountedFromTheFirst() {
        SendHistory history = SendHistory.NONE;
        assertThat(limits.waitBefore(history, T)).isEmpty();
        for (int sent = 0; sent < 5; sent++) {
            Instant at = T.plusSeconds(30L * sent);
            assertThat(limits.waitBefore(history, at)).as("send %d", sent + 1).isEmpty();
            history = limits.afterSend(history, at);
            if (sent < 4) {
                assertThat(limits.waitBefore(history, at.plusSeconds(29))).contains(Duration.ofSeconds(1));
            }
        }
        assertThat(history.sentInWindow()).isEqualTo(5);
        assertThat(history.version()).isEqualTo(5);
        assertThat(limits.waitBefore(history, T.plusSeconds(150))).contains(Duration.ofSeconds(3600 - 150));
        assertThat(limits.waitBefore(history, T.plusSeconds(3600))).isEmpty();
        SendHistory nextHour = limits.afterSend(history, T.plusSeconds(3600));
        assertThat(nextHour.sentInWindow()).isEqualTo(1);
        assertThat(nextHour.windowStartedAt()).isEqualTo(T.plusSeconds(3600));
    }

    @Test
    void typedCodesAreSixAsciiDigitsWithSpacesAllowedAndNothingElse() {
        assertThat(EmailCodeText.normalize("012345")).contains("012345");
        assertThat(EmailCodeText.normalize(" 012 345 ")).contains("012345");
        assertThat(EmailCodeText.normalize("012\u00a0345")).contains("012345");
        for (String bad : new String[] {null, "", "12345", "1234567", "+12345", "-12345", "12a456",
                "\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15", "\u0660\u0661\u0662\u0663\u0664\u0665", "1".repeat(10_000)}) {
            assertThat(EmailCodeText.normalize(bad)).as(String.valueOf(bad).length() > 20 ? "long" : bad).isEmpty();
        }
    }

    @Test
    void generatedCodesAreSixDigitsWithLeadingZerosKept() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        boolean leadingZero = false;
        for (int i = 0; i < 2000; i++) {
            String code = EmailCodeText.generate(random);
            assertThat(code).matches("[0-9]{6}");
            leadingZero |= code.startsWith("0");
            seen.add(code);
        }
        assertThat(leadingZero).isTrue();
        assertThat(seen.size()).isGreaterThan(1990);
        assertThat(EmailCodeText.mask("dara@example.org")).isEqualTo("d•••@example.org");
    }
}
