package org.symbolon.server.api;

import java.time.Instant;
import java.util.List;
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.factor.StoredSecurityKey;
import org.symbolon.server.api.SecondFactorApiViews.AuthenticatorView;
import org.symbolon.server.api.EmailCodeResponses.EmailFactorView;
import org.symbolon.server.api.SecondFactorApiViews.HotpTokenView;
import org.symbolon.server.api.SmsCodeResponses.SmsFactorView;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON shapes of the endpoints with which administrators help users with their second factor. */
final class AdminUserSecurityApiViews {

    private AdminUserSecurityApiViews() {
    }

    /** @param hours how long the code may be used: 1 to 24 */
    record BypassCodeBody(@JsonDeserialize(using = StrictJsonValues.WholeNumber.class) Integer hours) {
    }

    /** @param rule POLICY, REQUIRED or EXEMPT, in any letter case */
    record RuleBody(String rule) {
    }

    /** Shown once: only a hash of the code is kept. */
    record BypassCodeView(String code, Instant expiresAt) {

        static BypassCodeView of(SupportOutcome.BypassIssued issued) {
            return new BypassCodeView(issued.code(), issued.expiresAt());
        }

        @Override
        public String toString() {
            return "BypassCodeView[expires " + expiresAt + "]";
        }
    }

    /**
     * @param rule the user's own rule: POLICY, REQUIRED or EXEMPT
     * @param required whether the user must have a second factor, by the policy and the rule
     * @param groups the names of the user's groups
     * @param failedAttempts wrong codes in a row since the last right one
     * @param locked whether the second step is locked until an administrator unlocks it
     * @param securityKeys the user's security keys: id, name, when registered and last used
     * @param emailFactor the address that sign-in codes go to; null when the user has no e-mail factor
     * @param smsFactor the phone number (E.164) that sign-in codes are texted to; null when the user has none
     * @param bypassCodeExpiresAt when the user's unspent bypass code expires; null when there is none
     */
    record UserSecurityView(
            String username,
            String rule,
            boolean required,
            List<String> groups,
            List<AuthenticatorView> authenticators,
            List<HotpTokenView> hotpTokens,
            List<SecurityKeyView> securityKeys,
            EmailFactorView emailFactor,
            SmsFactorView smsFactor,
            int recoveryCodesLeft,
            int failedAttempts,
            boolean locked,
            Instant bypassCodeExpiresAt) {

        static UserSecurityView of(UserSecurityOverview overview) {
            return new UserSecurityView(
                    overview.account().username().value(),
                    overview.rule().name(),
                    overview.required(),
                    overview.groups().stream().map(group -> group.name().value()).toList(),
                    overview.authenticators().stream().map(AuthenticatorView::of).toList(),
                    overview.tokens().stream().map(HotpTokenView::of).toList(),
                    overview.securityKeys().stream().map(SecurityKeyView::of).toList(),
                    overview.emailFactor().map(EmailFactorView::of).orElse(null),
                    overview.smsFactor().map(SmsFactorView::of).orElse(null),
                    overview.recoveryCodesLeft(),
                    overview.attempts().consecutiveFailures(),
                    overview.attempts().locked(),
                    overview.bypassCodeExpiresAt().orElse(null));
        }
    }

    record SecurityKeyView(String id, String name, Instant createdAt, Instant lastUsedAt) {

        static SecurityKeyView of(StoredSecurityKey key) {
            return new SecurityKeyView(key.publicId(), key.name(), key.createdAt(), key.lastUsedAt());
        }
    }
}
