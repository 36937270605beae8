package org.symbolon.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenSecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aSecretIsThePrefixAnd256BitsOfBase64urlThatScannersCanMatch() {
        String secret = ApiTokenSecret.generate(random);
        assertThat(secret).matches("symbolon_[A-Za-z0-9_-]{43}");
        // 43 characters of 6 bits carry 258 bits: the last one holds 2 bits of padding, all zero.
        assertThat(java.util.Base64.getUrlDecoder().decode(secret.substring(9))).hasSize(32);
        assertThat(ApiTokenSecret.isWellFormed(secret)).isTrue();
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(ApiTokenSecret.generate(random))).isTrue();
        }
    }

    @Test
    void textOfAnotherShapeIsNotASecret() {
        String good = ApiTokenSecret.generate(random);
        assertThat(ApiTokenSecret.isWellFormed(null)).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("")).isFalse();
        assertThat(ApiTokenSecret.isWellFormed(good.substring(0, good.length() - 1))).isFalse();
        assertThat(ApiTokenSecret.isWellFormed(good + "A")).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("SYMBOLON_" + good.substring(9))).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("ghp_" + good.substring(4))).isFalse();
        assertThat(ApiTokenSecret.isWellFormed(good.substring(0, 20) + "+" + good.substring(21))).isFalse();
        assertThat(ApiTokenSecret.isWellFormed(good.substring(0, 20) + "\uFF21" + good.substring(21))).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("x".repeat(10_000))).isFalse();
    }
}
