package org.symbolon.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbolon.core.testing.InputProblems.refusalOf;

import org.junit.jupiter.api.Test;
import org.symbolon.core.text.InputProblem.Reason;

class ApiTokenNameTest {

    @Test
    void ordinaryNamesAreKeptWithoutSurroundingSpaces() {
        assertThat(new ApiTokenName("  CI deploy (prod) ").value()).isEqualTo("CI deploy (prod)");
        assertThat(new ApiTokenName("backup-script_2").value()).isEqualTo("backup-script_2");
        assertThat(new ApiTokenName("Überwachung").value()).isEqualTo("Überwachung");
        assertThat(new ApiTokenName("नमस्ते").value()).isEqualTo("नमस्ते");
    }

    @Test
    void theKeyIgnoresLetterCase() {
        assertThat(new ApiTokenName("CI-Deploy").key()).isEqualTo(new ApiTokenName("ci-deploy").key());
    }

    @Test
    void emptyAndBlankNamesAreRefusedAsEmpty() {
        assertThat(refusalOf(() -> new ApiTokenName(null)).reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusalOf(() -> new ApiTokenName("")).reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusalOf(() -> new ApiTokenName("   ")).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void sixtyFourCodePointsAreTheLimit() {
        assertThat(new ApiTokenName("\uD840\uDC00".repeat(64)).value()).hasSize(128);
        var refusal = refusalOf(() -> new ApiTokenName("a".repeat(65)));
        assertThat(refusal.reason()).isEqualTo(Reason.TOO_LONG);
        assertThat(refusal.limit()).isEqualTo(64);
        assertThat(refusalOf(() -> new ApiTokenName("x".repeat(10_000))).reason()).isEqualTo(Reason.TOO_LONG);
    }

    @Test
    void controlFormatAndMalformedCharactersAreRefused() {
        assertThat(refusalOf(() -> new ApiTokenName("ab\u0000cd")).reason()).isEqualTo(Reason.MALFORMED);
        assertThat(refusalOf(() -> new ApiTokenName("ab\uD800cd")).reason()).isEqualTo(Reason.MALFORMED);
        assertThat(refusalOf(() -> new ApiTokenName("ab\uFFFDcd")).reason()).isEqualTo(Reason.MALFORMED);
        assertThat(refusalOf(() -> new ApiTokenName("deploy\u202Egnp.exe")).reason()).isEqualTo(Reason.NOT_ALLOWED);
        assertThat(refusalOf(() -> new ApiTokenName("-leading-dash")).reason()).isEqualTo(Reason.NOT_ALLOWED);
        assertThat(refusalOf(() -> new ApiTokenName("a<script>")).reason()).isEqualTo(Reason.NOT_ALLOWED);
    }
}
