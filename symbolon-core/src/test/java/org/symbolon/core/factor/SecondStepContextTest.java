package org.symbolon.core.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.TotpSettings;

/** Which methods the sign-in offers, and in which order. */
class SecondStepContextTest {

    private static final Instant EARLIER = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void theMethodUsedLastComesFirstAndRecoveryCodesLast() {
        assertThat(context(List.of(app(EARLIER)), List.of(token(LATER)), 10).methods(method -> true))
                .containsExactly(SecondFactorMethod.HOTP, SecondFactorMethod.TOTP, SecondFactorMethod.RECOVERY_CODE);
        assertThat(context(List.of(app(LATER)), List.of(token(EARLIER)), 10).methods(method -> true))
                .containsExactly(SecondFactorMethod.TOTP, SecondFactorMethod.HOTP, SecondFactorMethod.RECOVERY_CODE);
    }

    @Test
    void onlyTheMethodsTheUserHasAndThePolicyAllowsAreOffered() {
        assertThat(context(List.of(), List.of(token(null)), 0).methods(method -> true))
                .containsExactly(SecondFactorMethod.HOTP);
        assertThat(context(List.of(app(null)), List.of(token(LATER)), 3)
                .methods(method -> method != SecondFactorMethod.HOTP))
                .containsExactly(SecondFactorMethod.TOTP, SecondFactorMethod.RECOVERY_CODE);
    }

    @Test
    void withoutAnyUseTheAppComesBeforeTheToken() {
        assertThat(context(List.of(app(null)), List.of(token(null)), 1).methods(method -> true))
                .containsExactly(SecondFactorMethod.TOTP, SecondFactorMethod.HOTP, SecondFactorMethod.RECOVERY_CODE);
    }

    @Test
    void smsCodesComeAfterEmailCodesUntilUsedLastAndAreOfferedOnlyWhenAllowed() {
        SecondStepContext neverUsed = new SecondStepContext(user(), AttemptState.CLEAR, List.of(app(EARLIER)), List.of(), 2,
                true, null, true, null, 0, null);
        assertThat(neverUsed.methods(method -> true)).containsExactly(SecondFactorMethod.TOTP, SecondFactorMethod.EMAIL,
                SecondFactorMethod.SMS, SecondFactorMethod.RECOVERY_CODE);
        assertThat(neverUsed.methods(method -> method != SecondFactorMethod.SMS)).doesNotContain(SecondFactorMethod.SMS);
        SecondStepContext smsLast = new SecondStepContext(user(), AttemptState.CLEAR, List.of(app(EARLIER)), List.of(), 0,
                true, EARLIER, true, LATER, 0, null);
        assertThat(smsLast.methods(method -> true)).containsExactly(SecondFactorMethod.SMS, SecondFactorMethod.TOTP,
                SecondFactorMethod.EMAIL);
    }

    @Test
    void aSecurityKeyNeverUsedComesFirstButOneUsedEarlierFollowsTheMethodUsedLast() {
        UserAccount user = context(List.of(), List.of(), 0).user();
        assertThat(new SecondStepContext(user, AttemptState.CLEAR, List.of(app(null)), List.of(token(null)), 1, false,
                null, false, null, 2, null).methods(method -> true))
                .containsExactly(SecondFactorMethod.WEBAUTHN, SecondFactorMethod.TOTP, SecondFactorMethod.HOTP,
                        SecondFactorMethod.RECOVERY_CODE);
        assertThat(new SecondStepContext(user, AttemptState.CLEAR, List.of(app(LATER)), List.of(), 0, false, null, false, null, 1,
                EARLIER).methods(method -> true))
                .containsExactly(SecondFactorMethod.TOTP, SecondFactorMethod.WEBAUTHN);
        assertThat(new SecondStepContext(user, AttemptState.CLEAR, List.of(app(null)), List.of(), 0, false, null, false, null, 1,
                null).methods(method -> method != SecondFactorMethod.WEBAUTHN))
                .containsExactly(SecondFactorMethod.TOTP);
    }

    private static UserAccount user() {
        return new UserAccount(1, new org.symbolon.core.account.Username("alice"), new org.symbolon.core.account.DisplayName(""),
                java.util.Optional.empty(), Role.USER, org.symbolon.core.account.AccountState.ACTIVE, EARLIER);
    }

    private static SecondStepContext context(List<StoredTotpCredential> apps, List<StoredHotpToken> tokens, int codes) {
        UserAccount user = new UserAccount(1, new org.symbolon.core.account.Username("alice"), new org.symbolon.core.account.DisplayName(""), java.util.Optional.empty(), Role.USER,
                org.symbolon.core.account.AccountState.ACTIVE, EARLIER);
        return new SecondStepContext(user, AttemptState.CLEAR, apps, tokens, codes);
    }

    private static StoredTotpCredential app(Instant lastUsedAt) {
        return new StoredTotpCredential(1, "a", 1, "Phone", new byte[0], TotpSettings.DEFAULT, CredentialState.ACTIVE, 0,
                0, EARLIER, lastUsedAt, null);
    }

    private static StoredHotpToken token(Instant lastUsedAt) {
        return new StoredHotpToken(2, "t", 1, "Key", new byte[0], OtpAlgorithm.SHA1, 6, CredentialState.ACTIVE, 1,
                EARLIER, lastUsedAt, null);
    }
}
