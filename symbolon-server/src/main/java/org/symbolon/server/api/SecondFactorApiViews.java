package org.symbolon.server.api;

import java.time.Instant;
import java.util.List;
import org.symbolon.core.factor.FactorOverview;
import org.symbolon.core.factor.StoredHotpToken;
import org.symbolon.core.factor.StoredTotpCredential;

/** The JSON shapes of the second-factor endpoints. */
final class SecondFactorApiViews {

    private SecondFactorApiViews() {
    }

    record EnrollmentRequest(String password, String name) {
        @Override
        public String toString() {
            return "EnrollmentRequest[" + name + "]";
        }
    }

    record CodeRequest(String code) {
        @Override
        public String toString() {
            return "CodeRequest";
        }
    }

    record PasswordAndCodeRequest(String password, String code) {
        @Override
        public String toString() {
            return "PasswordAndCodeRequest";
        }
    }

    record PasswordRequest(String password) {
        @Override
        public String toString() {
            return "PasswordRequest";
        }
    }

    /** Shown once, while the enrollment is pending: the key itself, as text and as a QR code. */
    record EnrollmentView(String id, String secret, String otpauthUri, String qrSvg, Instant serverTime,
            Instant expiresAt, String algorithm, int digits, int period) {
    }

    record RecoveryCodesView(List<String> recoveryCodes) {
    }

    record AuthenticatorView(String id, String name, Instant createdAt, Instant lastUsedAt) {

        static AuthenticatorView of(StoredTotpCredential credential) {
            return new AuthenticatorView(credential.publicId(), credential.name(), credential.createdAt(),
                    credential.lastUsedAt());
        }
    }

    /** A hardware token (HOTP); the counter stays on the server. */
    record HotpTokenView(String id, String name, Instant createdAt, Instant lastUsedAt) {

        static HotpTokenView of(StoredHotpToken token) {
            return new HotpTokenView(token.publicId(), token.name(), token.createdAt(), token.lastUsedAt());
        }
    }

    record SecondFactorsView(List<AuthenticatorView> authenticators, List<HotpTokenView> hotpTokens,
            int recoveryCodesLeft) {

        static SecondFactorsView of(FactorOverview overview) {
            return new SecondFactorsView(overview.authenticators().stream().map(AuthenticatorView::of).toList(),
                    overview.tokens().stream().map(HotpTokenView::of).toList(), overview.recoveryCodesLeft());
        }
    }

    /** A hardware token: {@code secret} is the Base32 key of a token that came programmed; null for a new key. */
    record HotpEnrollmentRequest(String password, String name, String secret) {
        @Override
        public String toString() {
            return "HotpEnrollmentRequest[" + name + "]";
        }
    }

    /** Shown once, while the enrollment is pending: the key, as text and as a QR code, and the starting counter. */
    record HotpEnrollmentView(String id, String secret, String otpauthUri, String qrSvg, long counter,
            Instant expiresAt, String algorithm, int digits) {
    }

    /** Two consecutive codes of the token, pressed one after the other. */
    record ResyncRequest(String password, String firstCode, String secondCode) {
        @Override
        public String toString() {
            return "ResyncRequest";
        }
    }
}
