package org.symbolon.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbolon.core.testing.InputProblems.refusalOf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbolon.core.text.InputProblem;

class AuditCursorTest {

    @Test
    void aTokenReadsBackAsTheSameCursorToTheMicrosecondAndIsSafeInAUrl() {
        AuditCursor cursor = new AuditCursor(Instant.parse("2026-03-01T10:15:30.123456Z"), 9_007_199_254_740_993L);

        String token = cursor.token();

        assertThat(token).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(AuditCursor.MAX_TOKEN_LENGTH);
        assertThat(AuditCursor.parse("cursor", token)).isEqualTo(cursor);
    }

    @Test
    void aTimeBefore1970ReadsBackToo() {
        AuditCursor cursor = new AuditCursor(Instant.parse("1969-12-31T23:59:59.999999Z"), 1);

        assertThat(AuditCursor.parse("cursor", cursor.token())).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "!!!!", "+", "aGVsbG8", "٣٣٣", "\uD800"})
    void textThatNoCursorMadeIsMalformedOnTheNamedField(String token) {
        InputProblem problem = refusalOf(() -> AuditCursor.parse("before", token));

        assertThat(problem.field()).isEqualTo("before");
        assertThat(problem.reason()).isEqualTo(InputProblem.Reason.MALFORMED);
    }

    @Test
    void aWellEncodedTokenWithNumbersOutOfRangeIsMalformedNotAnError() {
        for (String plain : new String[] {"99999999999999999999.0.1", "1.0.99999999999999999999",
            "31556889864403200.0.1", "1.1000000000.1", "1.0.-1x", "1..1"}) {
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
            assertThat(refusalOf(() -> AuditCursor.parse("cursor", token)).reason()).as(plain)
                    .isEqualTo(InputProblem.Reason.MALFORMED);
        }
    }

    @Test
    void nullAndTenThousandCharactersAreRefusedBeforeDecoding() {
        assertThat(refusalOf(() -> AuditCursor.parse("cursor", null)).reason()).isEqualTo(InputProblem.Reason.MALFORMED);
        assertThat(refusalOf(() -> AuditCursor.parse("cursor", "A".repeat(10_000))).reason())
                .isEqualTo(InputProblem.Reason.MALFORMED);
    }

    @Test
    void bothDirectionsAtOnceAreRefused() {
        String token = new AuditCursor(Instant.EPOCH, 1).token();

        assertThat(refusalOf(() -> AuditPosition.parse(token, token)).field()).isEqualTo("after");
        assertThat(AuditPosition.parse(null, "")).isEqualTo(AuditPosition.NEWEST);
        assertThat(AuditPosition.parse(token, null)).isEqualTo(new AuditPosition.OlderThan(new AuditCursor(Instant.EPOCH, 1)));
    }
}
