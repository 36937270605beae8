package org.symbolon.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.symbolon.core.testing.MutableClock;

class FirstAdminSetupTest {

    private static final Instant START = Instant.parse("2030-01-01T09:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final FirstAdminSetup setup = new FirstAdminSetup(clock, new SecureRandom());

    @Test
    void issuedTokenIsValidAndExpiresInThirtyMinutes() {
        SetupToken token = setup.issue();

        assertThat(setup.isValid(token.secret())).isTrue();
        assertThat(token.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
    }

    @Test
    void tokenIsStillValidJustBeforeThirtyMinutes() {
        SetupToken token = setup.issue();

        clock.advance(Duration.ofMinutes(30).minusSeconds(1));

        assertThat(setup.isValid(token.secret())).isTrue();
    }

    @Test
    void tokenIsInvalidFromThirtyMinutesOn() {
        SetupToken token = setup.issue();

        clock.advance(Duration.ofMinutes(30));
        assertThat(setup.isValid(token.secret())).isFalse();

        clock.advance(Duration.ofDays(1));
        assertThat(setup.isValid(token.secret())).isFalse();
    }

    @Test
    void wrongSecretIsInvalid() {
        SetupToken token = setup.issue();
        String secret = token.secret();
        String oneCharacterChanged = (secret.charAt(0) == 'A' ? 'B' : 'A') + secret.substring(1);

        assertThat(setup.isValid(oneCharacterChanged)).isFalse();
        assertThat(setup.isValid(secret.substring(1))).isFalse();
        assertThat(setup.isValid(secret + "A")).isFalse();
        assertThat(setup.isValid("wrong")).isFalse();
    }

    @Test
    void secretWithItsCaseSwappedIsInvalid() {
        SetupToken token = setup.issue();
        String swapped = swapCase(token.secret());
        // A 43-character base64url secret without any letter is possible in theory; then there is nothing to swap.
        if (!swapped.equals(token.secret())) {
            assertThat(setup.isValid(swapped)).isFalse();
        }
    }

    private static String swapCase(String value) {
        StringBuilder swapped = new StringBuilder();
        for (char c : value.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return swapped.toString();
    }

    @Test
    void nullEmptyAndHugeSecretsAreInvalid() {
        SetupToken token = setup.issue();

        assertThat(setup.isValid(null)).isFalse();
        assertThat(setup.isValid("")).isFalse();
        assertThat(setup.isValid("a".repeat(10_000))).isFalse();
        assertThat(setup.isValid(token.secret().repeat(100))).isFalse();
        assertThat(setup.isValid("\uD83D" + token.secret())).isFalse();
    }

    @Test
    void nothingIsValidBeforeATokenIsIssued() {
        assertThat(setup.isValid(null)).isFalse();
        assertThat(setup.isValid("")).isFalse();
        assertThat(setup.isValid("anything")).isFalse();
    }

    @Test
    void spendingTheTokenInvalidatesIt() {
        SetupToken token = setup.issue();

        setup.spend();

        assertThat(setup.isValid(token.secret())).isFalse();
    }

    @Test
    void issuingAgainReplacesTheEarlierToken() {
        SetupToken first = setup.issue();
        SetupToken second = setup.issue();

        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertThat(setup.isValid(first.secret())).isFalse();
        assertThat(setup.isValid(second.secret())).isTrue();
    }

    @Test
    void issuingAgainStartsAFreshThirtyMinutes() {
        setup.issue();
        clock.advance(Duration.ofMinutes(25));
        SetupToken second = setup.issue();

        clock.advance(Duration.ofMinutes(25));

        assertThat(setup.isValid(second.secret())).isTrue();
    }

    @Test
    void secretCarriesTwoHundredFiftySixRandomBitsInUrlSafeCharacters() {
        String secret = setup.issue().secret();

        // 32 bytes in base64url without padding.
        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void tokenDoesNotPrintItsSecret() {
        SetupToken token = setup.issue();

        assertThat(token.toString()).doesNotContain(token.secret());
    }
}
