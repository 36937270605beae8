package org.symbolon.core.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbolon.core.text.InputProblem;

class PhoneNumberTest {

    @Test
    void theMaskShowsTheCountryCodesStartAndTheLastTwoDigitsOnly() {
        assertThat(new PhoneNumber("+491701234567").masked()).isEqualTo("+49 ••• •••• 67");
        assertThat(new PhoneNumber("+14155550123").masked()).isEqualTo("+14 ••• •••• 23");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "491701234567", "+0491701234567", "+49 170 1234567", "+4917012345678901",
        "+12345", "+49170123456\u0667", "+４９１７０１２３４５６７"})
    void onlyE164IsAPhoneNumber(String notE164) {
        assertThatThrownBy(() -> new PhoneNumber(notE164)).isInstanceOf(InputProblem.class).hasMessage("phone: MALFORMED");
    }

    @Test
    void nullIsNoPhoneNumberEither() {
        assertThatThrownBy(() -> new PhoneNumber(null)).isInstanceOf(InputProblem.class);
    }
}
