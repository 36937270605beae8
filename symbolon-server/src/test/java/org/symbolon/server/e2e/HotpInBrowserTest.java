package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.TestUsers;

/**
 * A hardware token in the browser: set up by typing the key it came with, then chosen at sign-in
 * through "Try another way" when the app was used last. oathtool plays the token.
 */
class HotpInBrowserTest extends TwoFactorInBrowserTest {

    /** The key of RFC 4226 Appendix D, grouped and in lower case as a person might copy it from a card. */
    private static final String TYPED_KEY = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq";
    private static final String KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void aTokenSetUpByTypingItsKeyIsOfferedFirstAfterUseAndOtherwiseThroughTryAnotherWay() {
        aliceOnTheTwoFactorPage();
        Enrolled phone = enroll("Phone");
        confirmSaved();

        follow(linkText("Set up a hardware token"));
        assertThat(heading()).isEqualTo("Set up a hardware token");
        type("currentPassword", TestUsers.USER_PASSWORD);
        type("tokenName", "Nitrokey");
        typeAndEnter("tokenKey", TYPED_KEY);
        assertThat(element(".step").getText()).isEqualTo("Step 2 of 2");
        assertThat(element("#hotp-key").getText()).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        assertThat(element("#hotp-type").getText()).isEqualTo("Counter-based (HOTP)");
        typeAndEnter("oneTimeCode", "000000");
        assertThat(element("#oneTimeCode-error").getText()).startsWith("The code does not match.");
        // The token was pressed twice before: the look-ahead finds its third code.
        typeAndEnter("oneTimeCode", Oathtool.hotp(KEY, 2));
        assertThat(path()).isEqualTo(CODES_PAGE);
        confirmSaved();
        assertThat(texts("#hotp-tokens tbody th")).containsExactly("Nitrokey");

        // The token was used last (its set-up counts): the sign-in asks for it.
        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(label("token-code")).isEqualTo("Code from your hardware token");
        follow(linkText("Try another way"));
        assertThat(heading()).isEqualTo("Try another way");
        assertThat(texts("ul.choices a")).containsExactly("A code from your hardware token",
                "A code from your authenticator app", "One of your recovery codes",
                "Lost every factor? Use a code from your administrator");
        follow(linkText("A code from your authenticator app"));
        typeAndEnter("code", phone.app().nextCode());
        assertThat(path()).isEqualTo("/account");

        // Now the app was used last; the token is one choice away.
        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(label("code")).isEqualTo("Code from your authenticator app");
        follow(linkText("Try another way"));
        follow(linkText("A code from your hardware token"));
        typeAndEnter("token-code", Oathtool.hotp(KEY, 3));
        assertThat(path()).isEqualTo("/account");
    }
}
