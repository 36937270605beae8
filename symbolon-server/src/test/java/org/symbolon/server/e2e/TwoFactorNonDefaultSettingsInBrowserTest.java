package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An instance whose new authenticators use SHA-256, eight digits and 60-second steps: the set-up
 * shows those values and warns that many apps ignore them; an app that follows them works.
 */
@TestPropertySource(properties = {"symbolon.totp.algorithm=SHA256", "symbolon.totp.digits=8", "symbolon.totp.period=60"})
class TwoFactorNonDefaultSettingsInBrowserTest extends TwoFactorInBrowserTest {

    @Test
    void theSetUpWarnsThatManyAppsIgnoreTheSettingsAndAnAppThatFollowsThemWorks() {
        aliceOnTheTwoFactorPage();
        startSetUp("Phone");

        assertThat(texts("#totp-algorithm, #totp-digits, #totp-period")).containsExactly("SHA256", "8", "60 seconds");
        assertThat(element("#non-default-settings").getText()).startsWith(
                "This server uses settings other than SHA1, 6 digits and 30 seconds. Many apps ignore them");
        assertThat(element("#oneTimeCode-hint").getText()).startsWith("The 8 digits");

        typeAndEnter("oneTimeCode", sha256EightDigitsSixtySeconds(keyOnThePage(), Instant.now()));
        assertThat(path()).isEqualTo(CODES_PAGE);
    }

    /** oathtool itself, with the settings spelt out: the shared helper makes only the default kind. */
    private static String sha256EightDigitsSixtySeconds(String key, Instant at) {
        try {
            Process process = new ProcessBuilder("oathtool", "--totp=SHA256", "--digits=8", "--time-step-size=60s",
                    "-b", key, "--now", "@" + at.getEpochSecond()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("oathtool failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("oathtool is missing", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
