package org.symbolon.core.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbolon.core.account.Role;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.shipped());
    private static final String USERNAME = "alice";

    private static PasswordVerdict judge(String password, Role role) {
        return POLICY.judge(password, USERNAME, role);
    }

    private static PasswordVerdict.Refused refused(PasswordVerdict.Reason reason, int limit) {
        return new PasswordVerdict.Refused(reason, limit);
    }

    @Test
    void sevenCharactersAreRefusedForAUser() {
        assertThat(judge("vhq7#kz", Role.USER)).isEqualTo(refused(PasswordVerdict.Reason.TOO_SHORT, 8));
    }

    @Test
    void eightCharactersAreAcceptedForAUser() {
        assertThat(judge("vhq7#kzm", Role.USER)).isEqualTo(new PasswordVerdict.Acceptable("vhq7#kzm"));
    }

    @Test
    void fourteenCharactersAreRefusedForAnAdministrator() {
        assertThat(judge("vhq7#kzm-plow2", Role.ADMIN)).isEqualTo(refused(PasswordVerdict.Reason.TOO_SHORT, 15));
    }

    @Test
    void fifteenCharactersAreAcceptedForAnAdministrator() {
        assertThat(judge("vhq7#kzm-plow2x", Role.ADMIN)).isInstanceOf(PasswordVerdict.Acceptable.class);
    }

    @Test
    void minimumLengthDependsOnTheRole() {
        assertThat(PasswordPolicy.minLength(Role.USER)).isEqualTo(8);
        assertThat(PasswordPolicy.minLength(Role.ADMIN)).isEqualTo(15);
    }

    @Test
    void twoHundredFiftySixCharactersAreTheMaximum() {
        assertThat(judge("x7".repeat(128), Role.ADMIN)).isInstanceOf(PasswordVerdict.Acceptable.class);
        assertThat(judge("x7".repeat(128) + "y", Role.ADMIN)).isEqualTo(refused(PasswordVerdict.Reason.TOO_LONG, 256));
    }

    @Test
    void tenThousandCharactersAreRefusedAsTooLong() {
        assertThat(judge("x".repeat(10_000), Role.USER)).isEqualTo(refused(PasswordVerdict.Reason.TOO_LONG, 256));
    }

    @Test
    void sixtyFourAndOneHundredTwentyEightCharacterPassphrasesAreAccepted() {
        String sixtyFour = passphraseOfLength(64);
        String oneTwentyEight = passphraseOfLength(128);
        assertThat(sixtyFour).hasSize(64);
        assertThat(oneTwentyEight).hasSize(128);

        assertThat(judge(sixtyFour, Role.ADMIN)).isEqualTo(new PasswordVerdict.Acceptable(sixtyFour));
        assertThat(judge(oneTwentyEight, Role.ADMIN)).isEqualTo(new PasswordVerdict.Acceptable(oneTwentyEight));
    }

    private static String passphraseOfLength(int length) {
        String words = "correct horse battery staple violet harbour lantern quiet meadow copper engine ";
        return words.repeat(length / words.length() + 1).substring(0, length);
    }

    static Stream<Arguments> unusualButGoodPasswords() {
        return Stream.of(
                arguments(named("spaces", "my cat sleeps all day")),
                arguments(named("leading and trailing spaces", "  my cat sleeps  ")),
                arguments(named("eight emoji", "\uD83D\uDC08".repeat(8))),
                arguments(named("Cyrillic", "\u043F\u0430\u0440\u043E\u043B\u044C-\u0434\u043B\u044F-\u0432\u0445\u043E\u0434\u0430")),
                arguments(named("Vietnamese", "m\u1EADt kh\u1EA9u c\u1EE7a t\u00F4i")),
                arguments(named("Japanese", "\u30D1\u30B9\u30EF\u30FC\u30C9\u306F\u3072\u307F\u3064\u3067\u3059")));
    }

    @ParameterizedTest
    @MethodSource("unusualButGoodPasswords")
    void spacesEmojiAndNonAsciiAreAccepted(String password) {
        // NIST SP 800-63B-4 §3.1.1.2: no composition rules, any printable character and spaces.
        assertThat(judge(password, Role.USER)).isEqualTo(new PasswordVerdict.Acceptable(password));
    }

    @Test
    void fifteenEmojiCountAsFifteenCharacters() {
        String fifteenLocks = "\uD83D\uDD12".repeat(15);
        assertThat(fifteenLocks).hasSize(30);

        assertThat(judge(fifteenLocks, Role.ADMIN)).isInstanceOf(PasswordVerdict.Acceptable.class);
        assertThat(judge("\uD83D\uDD12".repeat(14), Role.ADMIN)).isEqualTo(refused(PasswordVerdict.Reason.TOO_SHORT, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1", "iloveyou", "PASSWORD1", "PaSsWoRd1", "ILoveYou", "baseball", "12345678"})
    void commonPasswordIsRefusedIgnoringCase(String password) {
        assertThat(judge(password, Role.USER)).isEqualTo(refused(PasswordVerdict.Reason.COMMON, 0));
    }

    @Test
    void longCommonPasswordIsRefusedForAnAdministrator() {
        assertThat(judge("passwordpassword", Role.ADMIN)).isEqualTo(refused(PasswordVerdict.Reason.COMMON, 0));
    }

    @Test
    void commonPasswordTypedInFullwidthIsStillRefused() {
        String fullwidthPassword1 = "\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44\uFF11";

        assertThat(judge(fullwidthPassword1, Role.USER)).isEqualTo(refused(PasswordVerdict.Reason.COMMON, 0));
    }

    @Test
    void passwordEqualToTheUsernameIsRefusedIgnoringCase() {
        assertThat(POLICY.judge("Alexander-Hamilton", "alexander-hamilton", Role.USER))
                .isEqualTo(refused(PasswordVerdict.Reason.SAME_AS_USERNAME, 0));
        assertThat(POLICY.judge("alexander-hamilton", "Alexander-Hamilton", Role.USER))
                .isEqualTo(refused(PasswordVerdict.Reason.SAME_AS_USERNAME, 0));
    }

    @Test
    void passwordContainingTheUsernameIsStillAccepted() {
        assertThat(POLICY.judge("alexander-hamilton-1804", "alexander-hamilton", Role.USER))
                .isInstanceOf(PasswordVerdict.Acceptable.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingPasswordIsRefusedAsTooShortWithTheRolesMinimum(String password) {
        assertThat(judge(password, Role.USER)).isEqualTo(refused(PasswordVerdict.Reason.TOO_SHORT, 8));
        assertThat(judge(password, Role.ADMIN)).isEqualTo(refused(PasswordVerdict.Reason.TOO_SHORT, 15));
    }

    static Stream<Arguments> malformedPasswords() {
        return Stream.of(
                arguments(named("lone high surrogate", "correct-horse\uD83D")),
                arguments(named("lone low surrogate", "\uDE00correct-horse")),
                arguments(named("replacement character", "correct\uFFFDhorse")),
                arguments(named("NUL", "correct\u0000horse")),
                arguments(named("line feed", "correct horse\n")));
    }

    @ParameterizedTest
    @MethodSource("malformedPasswords")
    void malformedPasswordIsRefusedAsMalformed(String password) {
        assertThat(judge(password, Role.USER)).isEqualTo(refused(PasswordVerdict.Reason.MALFORMED, 0));
    }

    @Test
    void acceptedPasswordIsGivenBackInNfkcForHashing() {
        String decomposed = "cafe\u0301-au-lait";
        String fullwidth = "\uFF56\uFF48\uFF51\uFF17\uFF4B\uFF5A\uFF4D\uFF57";

        assertThat(judge(decomposed, Role.USER)).isEqualTo(new PasswordVerdict.Acceptable("caf\u00E9-au-lait"));
        assertThat(judge(fullwidth, Role.USER)).isEqualTo(new PasswordVerdict.Acceptable("vhq7kzmw"));
        assertThat(PasswordPolicy.normalize(decomposed)).isEqualTo("caf\u00E9-au-lait");
    }

    @Test
    void acceptableVerdictDoesNotPrintThePassword() {
        assertThat(judge("violet-harbour-lantern", Role.USER).toString()).doesNotContain("violet");
    }
}
