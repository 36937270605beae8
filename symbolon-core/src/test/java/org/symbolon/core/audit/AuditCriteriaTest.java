package org.symbolon.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbolon.core.testing.InputProblems.refusalOf;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbolon.core.account.Username;
import org.symbolon.core.text.InputProblem;

class AuditCriteriaTest {

    @Test
    void aBlankFieldMeansNoRestriction() {
        for (String blank : new String[] {null, "", "   "}) {
            assertThat(AuditCriteria.parseUser(blank)).isEmpty();
            assertThat(AuditCriteria.parseType(blank)).isEmpty();
            assertThat(AuditCriteria.parseFrom(blank)).isEmpty();
            assertThat(AuditCriteria.parseTo(blank)).isEmpty();
        }
    }

    @Test
    void aUsernameIsTakenAsTypedAtSignInWithStraySpaces() {
        assertThat(AuditCriteria.parseUser("  Alice ")).contains(new Username("Alice"));
    }

    @Test
    void aBadUsernameIsRefusedOnTheUserFieldWithTheUsernamesReason() {
        InputProblem overlong = refusalOf(() -> AuditCriteria.parseUser("a".repeat(65)));
        assertThat(overlong.field()).isEqualTo("user");
        assertThat(overlong.reason()).isEqualTo(InputProblem.Reason.TOO_LONG);
        assertThat(overlong.limit()).isEqualTo(Username.MAX_LENGTH);

        assertThat(refusalOf(() -> AuditCriteria.parseUser("x".repeat(10_000))).reason())
                .isEqualTo(InputProblem.Reason.TOO_LONG);
        assertThat(refusalOf(() -> AuditCriteria.parseUser("al\u0000ice")).reason())
                .isEqualTo(InputProblem.Reason.MALFORMED);
        assertThat(refusalOf(() -> AuditCriteria.parseUser("\uD800")).reason()).isEqualTo(InputProblem.Reason.MALFORMED);
        assertThat(refusalOf(() -> AuditCriteria.parseUser("-alice")).field()).isEqualTo("user");
    }

    @Test
    void anEventTypeIsItsNameInAnyLetterCase() {
        assertThat(AuditCriteria.parseType(" second_factor_failed "))
                .contains(SecurityEventType.SECOND_FACTOR_FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIGNED_IN", "SECOND FACTOR FAILED", "0", "SECOND_FACTOR_FAILED\u0000", "TOTP_ENROLLEDx"})
    void anUnknownEventTypeIsNotAllowed(String text) {
        InputProblem problem = refusalOf(() -> AuditCriteria.parseType(text));

        assertThat(problem.field()).isEqualTo("type");
        assertThat(problem.reason()).isEqualTo(InputProblem.Reason.NOT_ALLOWED);
    }

    @Test
    void tenThousandCharactersOfTypeAreRefusedWithoutALookUp() {
        assertThat(refusalOf(() -> AuditCriteria.parseType("A".repeat(10_000))).field()).isEqualTo("type");
    }

    @Test
    void aDateStartsAtMidnightUtcAndAsTheEndIncludesItsWholeDay() {
        assertThat(AuditCriteria.parseFrom("2026-03-01")).contains(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(AuditCriteria.parseTo("2026-03-01")).contains(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(AuditCriteria.parseTo("2024-02-29")).contains(Instant.parse("2024-03-01T00:00:00Z"));
    }

    @Test
    void anInstantIsTakenWithItsOffset() {
        assertThat(AuditCriteria.parseFrom("2026-03-01T10:15:30Z")).contains(Instant.parse("2026-03-01T10:15:30Z"));
        assertThat(AuditCriteria.parseFrom("2026-03-01T11:15:30.5+01:00")).contains(Instant.parse("2026-03-01T10:15:30.5Z"));
        assertThat(AuditCriteria.parseTo(" 2026-03-01t10:15Z ")).contains(Instant.parse("2026-03-01T10:15:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-3-1", "01.03.2026", "03/01/2026", "2026-03-01T10:15:30",
        "2026-03-01 10:15:30Z", "+10000-01-01", "0000-12-31", "-0001-01-01", "٢٠٢٦-٠٣-٠١", "+2026-03-01",
        "2026-03-01T25:00Z", "yesterday", "9999-12-31T23:00-02:00"})
    void aTimeThatIsNeitherADateNorAnInstantWithOffsetIsNotAllowed(String text) {
        InputProblem from = refusalOf(() -> AuditCriteria.parseFrom(text));
        InputProblem to = refusalOf(() -> AuditCriteria.parseTo(text));

        assertThat(from.field()).isEqualTo("from");
        assertThat(to.field()).isEqualTo("to");
        assertThat(from.reason()).isEqualTo(InputProblem.Reason.NOT_ALLOWED);
    }

    @Test
    void theLastDayOfYear9999IsStillADate() {
        assertThat(AuditCriteria.parseTo("9999-12-31")).contains(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThat(AuditCriteria.parseFrom("0001-01-01")).isPresent();
    }

    @Test
    void tenThousandCharactersOfDateAreRefused() {
        assertThat(refusalOf(() -> AuditCriteria.parseFrom("2".repeat(10_000))).field()).isEqualTo("from");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedOnTheEnd() {
        Optional<Instant> from = AuditCriteria.parseFrom("2026-03-02");
        Optional<Instant> to = AuditCriteria.parseTo("2026-03-01");

        InputProblem problem = refusalOf(() -> new AuditCriteria(Optional.empty(), Set.of(), from, to));

        assertThat(problem.field()).isEqualTo("to");
        assertThat(problem.reason()).isEqualTo(InputProblem.Reason.NOT_ALLOWED);
    }

    @Test
    void aRangeOfOneDayIsFromAndToTheSameDate() {
        AuditCriteria oneDay = new AuditCriteria(Optional.empty(), Set.of(),
                AuditCriteria.parseFrom("2026-03-01"), AuditCriteria.parseTo("2026-03-01"));

        assertThat(oneDay.toFilter(null).until()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    @Test
    void anEmptyRangeOfInstantsIsRefused() {
        Optional<Instant> at = AuditCriteria.parseFrom("2026-03-01T10:00:00Z");

        assertThat(refusalOf(() -> new AuditCriteria(Optional.empty(), Set.of(), at, at)).field()).isEqualTo("to");
    }
}
