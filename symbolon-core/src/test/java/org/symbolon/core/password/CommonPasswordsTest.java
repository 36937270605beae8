package org.symbolon.core.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    private static final CommonPasswords SHIPPED = CommonPasswords.shipped();

    @Test
    void shippedListLoadsTensOfThousandsOfPasswords() {
        assertThat(SHIPPED.size()).isBetween(20_000, 100_000);
    }

    @Test
    void lookupIgnoresCase() {
        assertThat(SHIPPED.contains("password1")).isTrue();
        assertThat(SHIPPED.contains("PASSWORD1")).isTrue();
        assertThat(SHIPPED.contains("iLoveYou")).isTrue();
    }

    @Test
    void uncommonPassphraseIsNotListed() {
        assertThat(SHIPPED.contains("violet-harbour-lantern")).isFalse();
    }

    @Test
    void shippedListHoldsOnlyPasswordsOfEightOrMoreCharacters() throws IOException {
        // Shorter ones are refused for length anyway; keeping them would only cost memory.
        List<String> tooShort;
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            assertThat(in).isNotNull();
            tooShort = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> line.codePointCount(0, line.length()) < PasswordPolicy.USER_MIN_LENGTH)
                    .collect(Collectors.toList());
        }
        assertThat(tooShort).isEmpty();
    }
}
