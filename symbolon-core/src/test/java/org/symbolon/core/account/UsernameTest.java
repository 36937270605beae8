package org.symbolon.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.symbolon.core.testing.InputProblems.refusalOf;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbolon.core.text.InputProblem;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Alice", "a", "7eleven", "alice.smith", "alice_smith", "alice-smith",
        "alice+tag@example.com", "a.b_c-d+e@f"})
    void lettersDigitsAndEmailLikeSeparatorsAreAllowed(String name) {
        assertThat(new Username(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0414\u043C\u0438\u0442\u0440\u0438\u0439", "\u5C71\u7530\u592A\u90CE",
        "\u0395\u03BB\u03AD\u03BD\u03B7", "\u0645\u062D\u0645\u062F", "jos\u00E9", "\u0E2A\u0E21\u0E0A\u0E32\u0E22"})
    void lettersOfAnyScriptAreAllowed(String name) {
        assertThat(new Username(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-abc", ".abc", "_abc", "@abc", "+abc"})
    void nameStartingWithASeparatorIsRefused(String name) {
        assertThat(refusalOf(() -> new Username(name)).reason()).isEqualTo(InputProblem.Reason.NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice smith", "alice!", "al/ice", "al<ice>", "alice;drop", "al'ice", "\uD83D\uDE00alice",
        "alice\uD83D\uDE00"})
    void otherCharactersAreRefused(String name) {
        assertThat(refusalOf(() -> new Username(name)).reason()).isEqualTo(InputProblem.Reason.NOT_ALLOWED);
    }

    @Test
    void keyLowerCasesSoThatLookupIgnoresCase() {
        Username typedAtCreation = new Username("Alice.Smith");

        assertThat(typedAtCreation.value()).isEqualTo("Alice.Smith");
        assertThat(typedAtCreation.key()).isEqualTo("alice.smith");
        assertThat(new Username("ALICE.SMITH").key()).isEqualTo(typedAtCreation.key());
    }

    @Test
    void keyLowerCasesNonLatinLetters() {
        assertThat(new Username("\u0414\u041C\u0418\u0422\u0420\u0418\u0419").key())
                .isEqualTo(new Username("\u0434\u043C\u0438\u0442\u0440\u0438\u0439").key());
    }

    @Test
    void keyDoesNotDependOnTheDefaultLocale() {
        // In a Turkish locale "I".toLowerCase() is a dotless i; the key must not change with the server's locale.
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(new Username("ISTANBUL").key()).isEqualTo("istanbul");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void parseIgnoresSurroundingSpaces() {
        assertThat(Username.parse("  alice  ").value()).isEqualTo("alice");
        assertThat(Username.parse("\talice\n").value()).isEqualTo("alice");
    }

    @Test
    void parseRefusesBlankAndNullAsEmpty() {
        assertThat(refusalOf(() -> Username.parse(null)).reason()).isEqualTo(InputProblem.Reason.EMPTY);
        assertThat(refusalOf(() -> Username.parse("   ")).reason()).isEqualTo(InputProblem.Reason.EMPTY);
    }

    @Test
    void sixtyFourCharactersAreTheMaximum() {
        assertThat(new Username("a".repeat(64)).value()).hasSize(64);

        InputProblem problem = refusalOf(() -> new Username("a".repeat(65)));
        assertThat(problem.reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
        assertThat(problem.limit()).isEqualTo(Username.MAX_LENGTH).isEqualTo(64);
    }

    @Test
    void tenThousandCharactersAreRefusedAsTooLong() {
        assertThat(refusalOf(() -> Username.parse("a".repeat(10_000))).reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
    }

    static Stream<Arguments> malformedNames() {
        return Stream.of(
                arguments(named("lone high surrogate", "alice\uD83D")),
                arguments(named("lone low surrogate", "\uDE00alice")),
                arguments(named("replacement character", "alic\uFFFD")),
                arguments(named("NUL inside", "ali\u0000ce")));
    }

    @ParameterizedTest
    @MethodSource("malformedNames")
    void malformedUnicodeIsRefusedAsMalformed(String name) {
        assertThat(refusalOf(() -> Username.parse(name)).reason()).isEqualTo(InputProblem.Reason.MALFORMED);
    }

    @Test
    void fullwidthLettersAreNormalizedToTheirPlainForm() {
        assertThat(new Username("\uFF41\uFF4C\uFF49\uFF43\uFF45").value()).isEqualTo("alice");
    }

    @Test
    void toStringIsTheNameAsTyped() {
        assertThat(new Username("Alice")).hasToString("Alice");
    }
}
