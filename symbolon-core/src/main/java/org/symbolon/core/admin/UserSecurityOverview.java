package org.symbolon.core.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.attempt.AttemptState;
import org.symbolon.core.email.EmailFactor;
import org.symbolon.core.factor.StoredHotpToken;
import org.symbolon.core.factor.StoredSecurityKey;
import org.symbolon.core.factor.StoredTotpCredential;
import org.symbolon.core.group.UserGroup;
import org.symbolon.core.policy.TwoFactorRule;
import org.symbolon.core.sms.SmsFactor;

/**
 * What an administrator sees of one user's second factors.
 *
 * @param required whether the user must have a second factor, by the policy and their rule
 * @param emailFactor the address that sign-in codes are mailed to, if the user added one
 * @param smsFactor the phone number that sign-in codes are texted to, if the user added one
 * @param securityKeys the user's security keys (WebAuthn)
 * @param bypassCodeExpiresAt when the user's unspent bypass code expires, if there is one
 */
public record UserSecurityOverview(
        UserAccount account,
        TwoFactorRule rule,
        boolean required,
        List<UserGroup> groups,
        List<StoredTotpCredential> authenticators,
        List<StoredHotpToken> tokens,
        List<StoredSecurityKey> securityKeys,
        Optional<EmailFactor> emailFactor,
        Optional<SmsFactor> smsFactor,
        int recoveryCodesLeft,
        AttemptState attempts,
        Optional<Instant> bypassCodeExpiresAt) {

    public boolean hasSecondFactor() {
        return !authenticators.isEmpty() || !tokens.isEmpty() || !securityKeys.isEmpty() || emailFactor.isPresent()
                || smsFactor.isPresent();
    }
}
