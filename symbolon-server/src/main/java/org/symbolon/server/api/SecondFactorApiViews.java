package org.symbolon.server.api;

import java.time.Instant;
import java.util.List;
import org.symbolon.core.factor.FactorOverview;
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

    record SecondFactorsView(List<AuthenticatorView> authenticators, int recoveryCodesLeft) {

        static SecondFactorsView of(FactorOverview overview) {
            return new SecondFactorsView(overview.authenticators().stream().map(AuthenticatorView::of).toList(),
                    overview.recoveryCodesLeft());
        }
    }
}
