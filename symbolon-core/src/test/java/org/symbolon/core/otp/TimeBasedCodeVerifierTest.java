package org.symbolon.core.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.symbolon.core.otp.TimeBasedCodeVerifier.ACTIVATION_WINDOW;
import static org.symbolon.core.otp.TimeBasedCodeVerifier.NO_STEP_USED;
import static org.symbolon.core.otp.TimeBasedCodeVerifier.SIGN_IN_WINDOW;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With SHA-1, 6 digits and 30-second steps, the code of step n is the HOTP value of counter n, so
 * RFC 4226 Appendix D gives the codes of steps 0 to 9. Codes beyond it were computed with Python's
 * hmac module, never with the generator under test.
 */
class TimeBasedCodeVerifierTest {

    private static final OtpSecret SECRET = HotpGeneratorTest.RFC_4226_SECRET;
    private static final String[] CODE_OF_STEP = {
        "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};

    private final TimeBasedCodeVerifier verifier = new TimeBasedCodeVerifier();

    /** A moment a few seconds into the given step, so that nothing depends on the step's first second. */
    private static Instant inStep(long step) {
        return Instant.ofEpochSecond(step * 30 + 7);
    }

    private CodeCheck verify(String typed, long nowStep, long lastUsedStep, int offsetSteps, int window) {
        return verifier.verify(SECRET, TotpSettings.DEFAULT, typed, inStep(nowStep), lastUsedStep, offsetSteps, window);
    }

    private static CodeCheck accepted(long step, int offsetSteps) {
        return new CodeCheck.Accepted(step, offsetSteps);
    }

    private static final CodeCheck WRONG = new CodeCheck.Rejected(CodeCheck.Reason.WRONG);
    private static final CodeCheck REPLAYED = new CodeCheck.Rejected(CodeCheck.Reason.REPLAYED);
    private static final CodeCheck MALFORMED = new CodeCheck.Rejected(CodeCheck.Reason.MALFORMED);

    @Test
    void currentCodeIsAcceptedWithItsStepAndNoOffset() {
        assertThat(verify(CODE_OF_STEP[5], 5, NO_STEP_USED, 0, SIGN_IN_WINDOW))
                .isEqualTo(accepted(5, 0));
    }

    @Test
    void codeOfTheFirstOrLastSecondOfItsStepIsAccepted() {
        Instant firstSecond = Instant.ofEpochSecond(150);
        Instant lastMoment = Instant.ofEpochSecond(179, 999_999_999);

        assertThat(verifier.verify(SECRET, TotpSettings.DEFAULT, CODE_OF_STEP[5], firstSecond, NO_STEP_USED, 0, 0))
                .isEqualTo(accepted(5, 0));
        assertThat(verifier.verify(SECRET, TotpSettings.DEFAULT, CODE_OF_STEP[5], lastMoment, NO_STEP_USED, 0, 0))
                .isEqualTo(accepted(5, 0));
    }

    @Test
    void signInAcceptsOneStepEitherSideAndLearnsTheOffset() {
        assertThat(verify(CODE_OF_STEP[4], 5, NO_STEP_USED, 0, SIGN_IN_WINDOW)).isEqualTo(accepted(4, -1));
        assertThat(verify(CODE_OF_STEP[6], 5, NO_STEP_USED, 0, SIGN_IN_WINDOW)).isEqualTo(accepted(6, 1));
    }

    @Test
    void signInRefusesCodesTwoStepsAwayAsWrong() {
        assertThat(verify(CODE_OF_STEP[3], 5, NO_STEP_USED, 0, SIGN_IN_WINDOW)).isEqualTo(WRONG);
        assertThat(verify(CODE_OF_STEP[7], 5, NO_STEP_USED, 0, SIGN_IN_WINDOW)).isEqualTo(WRONG);
    }

    @Test
    void windowZeroAcceptsOnlyTheExpectedStep() {
        assertThat(verify(CODE_OF_STEP[5], 5, NO_STEP_USED, 0, 0)).isEqualTo(accepted(5, 0));
        assertThat(verify(CODE_OF_STEP[4], 5, NO_STEP_USED, 0, 0)).isEqualTo(WRONG);
        assertThat(verify(CODE_OF_STEP[6], 5, NO_STEP_USED, 0, 0)).isEqualTo(WRONG);
    }

    @Test
    void learnedOffsetMovesTheWindow() {
        // An authenticator known to run two steps fast: the window is steps 6 to 8 at server step 5.
        assertThat(verify(CODE_OF_STEP[8], 5, NO_STEP_USED, 2, SIGN_IN_WINDOW)).isEqualTo(accepted(8, 3));
        assertThat(verify(CODE_OF_STEP[6], 5, NO_STEP_USED, 2, SIGN_IN_WINDOW)).isEqualTo(accepted(6, 1));
        assertThat(verify(CODE_OF_STEP[5], 5, NO_STEP_USED, 2, SIGN_IN_WINDOW)).isEqualTo(WRONG);
        assertThat(verify(CODE_OF_STEP[9], 5, NO_STEP_USED, 2, SIGN_IN_WINDOW)).isEqualTo(WRONG);

        // Two steps slow: the window is steps 2 to 4.
        assertThat(verify(CODE_OF_STEP[2], 5, NO_STEP_USED, -2, SIGN_IN_WINDOW)).isEqualTo(accepted(2, -3));
        assertThat(verify(CODE_OF_STEP[5], 5, NO_STEP_USED, -2, SIGN_IN_WINDOW)).isEqualTo(WRONG);
    }

    @Test
    void codeFromNinetySecondsAgoIsAcceptedAtActivationWithOffsetMinusThree() {
        // The phone is 90 seconds slow: at server step 8 it shows the code of step 5.
        assertThat(verify(CODE_OF_STEP[5], 8, NO_STEP_USED, 0, ACTIVATION_WINDOW))
                .isEqualTo(accepted(5, -3));
    }

    @Test
    void activationWindowEndsExactlyTenStepsAway() {
        assertThat(verify(CODE_OF_STEP[0], 10, NO_STEP_USED, 0, ACTIVATION_WINDOW))
                .isEqualTo(accepted(0, -10));
        assertThat(verify(CODE_OF_STEP[0], 11, NO_STEP_USED, 0, ACTIVATION_WINDOW))
                .isEqualTo(WRONG);
    }

    @Test
    void windowThatReachesBefore1970SkipsTheStepsThere() {
        assertThat(verify(CODE_OF_STEP[0], 0, NO_STEP_USED, 0, ACTIVATION_WINDOW)).isEqualTo(accepted(0, 0));
        assertThat(verify(CODE_OF_STEP[1], 0, NO_STEP_USED, -5, SIGN_IN_WINDOW)).isEqualTo(WRONG);
    }

    @Test
    void codeOfTheLastUsedStepIsRefusedAsReplayed() {
        assertThat(verify(CODE_OF_STEP[5], 5, 5, 0, SIGN_IN_WINDOW)).isEqualTo(REPLAYED);
    }

    @Test
    void codeOfAStepBeforeTheLastUsedOneIsRefusedAsReplayed() {
        // RFC 6238 §5.2: once step 5 was used, the still-valid code of step 4 must not work either.
        assertThat(verify(CODE_OF_STEP[4], 5, 5, 0, SIGN_IN_WINDOW)).isEqualTo(REPLAYED);
        assertThat(verify(CODE_OF_STEP[4], 5, 4, 0, SIGN_IN_WINDOW)).isEqualTo(REPLAYED);
    }

    @Test
    void codeOfAStepAfterTheLastUsedOneIsAccepted() {
        assertThat(verify(CODE_OF_STEP[6], 5, 5, 0, SIGN_IN_WINDOW)).isEqualTo(accepted(6, 1));
        assertThat(verify(CODE_OF_STEP[5], 5, 4, 0, SIGN_IN_WINDOW)).isEqualTo(accepted(5, 0));
    }

    @Test
    void wrongCodeStaysWrongWhateverTheLastUsedStep() {
        assertThat(verify("000000", 5, 5, 0, SIGN_IN_WINDOW)).isEqualTo(WRONG);
    }

    // Steps 103424 and 103427 share the code 746629 (found and checked with Python's hmac module).
    private static final String SHARED_CODE = "746629";

    @Test
    void ofTwoMatchingStepsTheNearestWins() {
        assertThat(verify(SHARED_CODE, 103425, NO_STEP_USED, 0, 2)).isEqualTo(accepted(103424, -1));
        assertThat(verify(SHARED_CODE, 103426, NO_STEP_USED, 0, 2)).isEqualTo(accepted(103427, 1));
    }

    @Test
    void ofTwoMatchingStepsEquallyNearTheLaterWins() {
        // Steps 153567 and 153569 share the code 468457 (Python's hmac module). The later step sets
        // the higher replay mark, which blocks the code at both steps.
        assertThat(verify("468457", 153568, NO_STEP_USED, 0, SIGN_IN_WINDOW)).isEqualTo(accepted(153569, 1));
    }

    @Test
    void codeSharedWithAUsedStepIsReplayedEvenThoughALaterStepMatches() {
        assertThat(verify(SHARED_CODE, 103426, 103424, 0, 2)).isEqualTo(REPLAYED);
    }

    @Test
    void leadingZerosMatter() {
        // Step 36 has the code 003784 (Python's hmac module); RFC 6238 Appendix B has 07081804.
        assertThat(verify("003784", 36, NO_STEP_USED, 0, 0)).isEqualTo(accepted(36, 0));
        assertThat(verify("3784", 36, NO_STEP_USED, 0, 0)).isEqualTo(MALFORMED);
        assertThat(verify("03784", 36, NO_STEP_USED, 0, 0)).isEqualTo(MALFORMED);
    }

    @Test
    void spacesOfAnyKindAreIgnored() {
        assertThat(verify("254 676", 5, NO_STEP_USED, 0, 0)).isEqualTo(accepted(5, 0));
        assertThat(verify(" 254676 ", 5, NO_STEP_USED, 0, 0)).isEqualTo(accepted(5, 0));
        assertThat(verify("254\u00A0676", 5, NO_STEP_USED, 0, 0)).isEqualTo(accepted(5, 0));
        assertThat(verify("2 5 4 6 7 6", 5, NO_STEP_USED, 0, 0)).isEqualTo(accepted(5, 0));
    }

    static Stream<Arguments> malformedCodes() {
        return Stream.of(
                arguments(named("null", null)),
                arguments(named("empty", "")),
                arguments(named("only spaces", "      ")),
                arguments(named("five digits", "25467")),
                arguments(named("seven digits", "2546760")),
                arguments(named("leading plus", "+54676")),
                arguments(named("leading plus before six digits", "+254676")),
                arguments(named("leading minus", "-54676")),
                arguments(named("letter", "25467a")),
                arguments(named("dash inside", "254-676")),
                arguments(named("Arabic-Indic digits", "\u0662\u0665\u0664\u0666\u0667\u0666")),
                arguments(named("fullwidth digits", "\uFF12\uFF15\uFF14\uFF16\uFF17\uFF16")),
                arguments(named("superscript digit", "25467\u2076")),
                arguments(named("lone surrogate", "254676\uD83D")),
                arguments(named("replacement character", "25467\uFFFD")),
                arguments(named("NUL", "254676\u0000")),
                arguments(named("10,000 digits", "2".repeat(10_000))),
                arguments(named("the code then 10,000 spaces", "254676" + " ".repeat(10_000))));
    }

    @ParameterizedTest
    @MethodSource("malformedCodes")
    void malformedCodeIsRefusedAsMalformed(String typed) {
        assertThat(verify(typed, 5, NO_STEP_USED, 0, SIGN_IN_WINDOW)).isEqualTo(MALFORMED);
    }

    @Test
    void arabicIndicDigitsOfTheRightCodeAreStillMalformed() {
        // "٢٥٤٦٧٦" is 254676 to Character.digit, and must not pass as it.
        String arabicIndic = "\u0662\u0665\u0664\u0666\u0667\u0666";

        assertThat(verify(arabicIndic, 5, NO_STEP_USED, 0, 0)).isEqualTo(MALFORMED);
    }

    @Test
    void otherSettingsAreHonoured() {
        // SHA-256, 8 digits, 60-second steps, with the 32-byte seed of RFC 6238; codes from Python.
        OtpSecret seed = OtpSecret.of("12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII));
        TotpSettings settings = new TotpSettings(OtpAlgorithm.SHA256, 8, 60);
        Instant now = Instant.ofEpochSecond(1_234_567_890);

        assertThat(verifier.verify(seed, settings, "16450756", now, NO_STEP_USED, 0, SIGN_IN_WINDOW))
                .isEqualTo(accepted(20_576_131, 0));
        assertThat(verifier.verify(seed, settings, "63785422", now, NO_STEP_USED, 0, SIGN_IN_WINDOW))
                .isEqualTo(accepted(20_576_130, -1));
        assertThat(verifier.verify(seed, settings, "164507", now, NO_STEP_USED, 0, SIGN_IN_WINDOW))
                .isEqualTo(MALFORMED);
    }

    @Test
    void windowOutsideZeroToTwentyIsAProgrammingError() {
        assertThatThrownBy(() -> verify("254676", 5, NO_STEP_USED, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verify("254676", 5, NO_STEP_USED, 0, 21)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lastUsedStepBelowMinusOneIsAProgrammingError() {
        assertThatThrownBy(() -> verify("254676", 5, -2, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyThreadsVerifyingAtOnceAllGetTheSameAnswer() throws Exception {
        // The verifier keeps no state; the race for a code is settled by the database, not here.
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<CodeCheck>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String code = CODE_OF_STEP[4 + i % 3];
                tasks.add(() -> verify(code, 5, NO_STEP_USED, 0, SIGN_IN_WINDOW));
            }
            List<Future<CodeCheck>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                long step = 4 + i % 3;
                assertThat(results.get(i).get()).isEqualTo(accepted(step, (int) (step - 5)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
