package org.symbolon.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbolon.core.testing.InputProblems.refusalOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbolon.core.text.InputProblem;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.com", "alice+tag@mail.example.org", "a@b", "alice.smith@example.co.uk",
        "jos\u00E9@ex\u00E4mple.de"})
    void plausibleAddressIsAccepted(String address) {
        assertThat(new EmailAddress(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "alice@", "@example.com", "alice@@example.com", "a@b@c", "alice@example..com",
        "alice@.example.com", "alice@example.com.", "ali ce@example.com", "alice@exa mple.com"})
    void addressWithoutThePlausibleShapeIsRefused(String address) {
        assertThat(refusalOf(() -> new EmailAddress(address)).reason()).isEqualTo(InputProblem.Reason.NOT_ALLOWED);
    }

    @Test
    void surroundingSpacesAreStripped() {
        assertThat(new EmailAddress("  alice@example.com ").value()).isEqualTo("alice@example.com");
    }

    @Test
    void twoHundredFiftyFourCharactersAreTheMaximum() {
        String address = "a".repeat(64) + "@" + "b".repeat(185) + ".com";
        assertThat(address).hasSize(254);

        assertThat(new EmailAddress(address).value()).isEqualTo(address);
        assertThat(refusalOf(() -> new EmailAddress("a" + address)).reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
    }

    @Test
    void emptyAndTooShortAreRefused() {
        assertThat(refusalOf(() -> new EmailAddress(null)).reason()).isEqualTo(InputProblem.Reason.EMPTY);
        assertThat(refusalOf(() -> new EmailAddress("")).reason()).isEqualTo(InputProblem.Reason.EMPTY);
        assertThat(refusalOf(() -> new EmailAddress("a@")).reason()).isEqualTo(InputProblem.Reason.TOO_SHORT);
    }

    @Test
    void lineBreakIsRefusedSoThatNoMailHeaderCanBeInjected() {
        assertThat(refusalOf(() -> new EmailAddress("alice@example.com\r\nBcc: eve@example.com")).reason())
                .isEqualTo(InputProblem.Reason.MALFORMED);
    }
}
