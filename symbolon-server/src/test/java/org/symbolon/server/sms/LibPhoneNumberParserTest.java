package org.symbolon.server.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbolon.core.sms.PhoneNumber;

/** Numbers as people type them, read into E.164 by libphonenumber. */
class LibPhoneNumberParserTest {

    private final LibPhoneNumberParser international = new LibPhoneNumberParser("");
    private final LibPhoneNumberParser german = new LibPhoneNumberParser("DE");

    private static Optional<PhoneNumber> e164(String value) {
        return Optional.of(new PhoneNumber(value));
    }

    @Test
    void spacesDashesBracketsAndA00PrefixAreUnderstood() {
        assertThat(international.parse("+49 (170) 123-4567")).isEqualTo(e164("+491701234567"));
        assertThat(international.parse(" +1 415 555 0132 ")).isEqualTo(e164("+14155550132"));
        assertThat(german.parse("0049 170 1234567")).isEqualTo(e164("+491701234567"));
    }

    @Test
    void aNationalNumberNeedsTheDefaultRegion() {
        assertThat(international.parse("0170 1234567")).isEmpty();
        assertThat(german.parse("0170 1234567")).isEqualTo(e164("+491701234567"));
        assertThat(german.parse("+44 7911 123456")).isEqualTo(e164("+447911123456"));
    }

    @Test
    void whatIsNoValidNumberIsEmptyAndNothingThrows() {
        for (String typed : new String[] {null, "", "   ", "+49", "+49 170", "+999 1234567", "hello", "+49 170 1234567 8901",
            "+" + "1".repeat(10_000), "+49 17\uD800 1234567", "\u0000"}) {
            assertThat(german.parse(typed)).as(String.valueOf(typed)).isEmpty();
        }
    }
}
