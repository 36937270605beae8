package org.symbolon.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbolon.core.testing.InputProblems.refusalOf;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbolon.core.text.InputProblem;

class DisplayNameTest {

    @Test
    void emptyIsAllowed() {
        assertThat(new DisplayName("").isEmpty()).isTrue();
        assertThat(new DisplayName(null).isEmpty()).isTrue();
    }

    @Test
    void blankBecomesEmpty() {
        assertThat(new DisplayName("   ").value()).isEmpty();
    }

    @Test
    void surroundingSpacesAreStrippedAndInnerSpacesKept() {
        assertThat(new DisplayName("  Alice  Smith ").value()).isEqualTo("Alice  Smith");
    }

    @Test
    void oneHundredCharactersAreTheMaximumCountingEmojiAsOne() {
        assertThat(new DisplayName("a".repeat(100)).value()).hasSize(100);
        assertThat(new DisplayName("\uD83C\uDF89".repeat(100)).value()).hasSize(200);

        InputProblem problem = refusalOf(() -> new DisplayName("a".repeat(101)));
        assertThat(problem.reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
        assertThat(problem.limit()).isEqualTo(100);
    }

    @Test
    void lineBreakIsRefusedAsMalformed() {
        assertThat(refusalOf(() -> new DisplayName("Alice\nSmith")).reason()).isEqualTo(InputProblem.Reason.MALFORMED);
    }

    @Test
    void accountWithoutDisplayNameIsShownByItsUsername() {
        UserAccount nameless = account(new DisplayName(""));
        UserAccount named = account(new DisplayName("Alice Smith"));

        assertThat(nameless.shownName()).isEqualTo("alice");
        assertThat(named.shownName()).isEqualTo("Alice Smith");
    }

    private static UserAccount account(DisplayName displayName) {
        return new UserAccount(1, new Username("alice"), displayName, Optional.empty(), Role.USER,
                AccountState.ACTIVE, Instant.EPOCH);
    }
}
