package org.symbolon.server.webauthn;

import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.data.AttestationConveyancePreference;
import com.yubico.webauthn.data.RelyingPartyIdentity;
import com.yubico.webauthn.extension.appid.AppId;
import com.yubico.webauthn.extension.appid.InvalidAppIdException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.attempt.AttemptPolicy;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.factor.SecondFactorAttemptStore;
import org.symbolon.core.factor.RecoveryCodeIssuer;
import org.symbolon.core.factor.SecondFactorManagement;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondStepStore;
import org.symbolon.core.factor.SecurityKeyManagement;
import org.symbolon.core.factor.SecurityKeyStore;
import org.symbolon.core.factor.SecurityKeyVerification;
import org.symbolon.server.config.SymbolonProperties;
import org.symbolon.server.policy.CurrentPolicy;

/** The relying party, from {@code symbolon.webauthn} and the public URL. */
@Configuration(proxyBeanMethods = false)
class WebAuthnConfiguration {

    @Bean
    RelyingParty relyingParty(WebAuthnSettings settings, SymbolonProperties properties, SecurityKeyStore keys,
            UserStore users, Clock clock) {
        // Without a public URL the server is reached at http://localhost on some port (a trial or
        // a test): any port of localhost is then the origin, which is a secure context (W3C Secure Contexts §3.1).
        boolean anyPort = properties.publicUrl().isBlank() && settings.origins().isEmpty();
        String base = properties.publicUrl().isBlank() ? "http://localhost" : properties.baseUrl(properties.port());
        Set<String> origins = new HashSet<>(settings.effectiveOrigins(base));
        var builder = RelyingParty.builder()
                .identity(RelyingPartyIdentity.builder()
                        .id(settings.effectiveRpId(base))
                        .name(settings.rpName().isEmpty() ? properties.serviceName() : settings.rpName())
                        .build())
                .credentialRepository(new SecurityKeyCredentials(keys, users))
                .origins(origins)
                .allowOriginPort(anyPort)
                // Attestation is only asked for when an AAGUID allow-list is set; without a trust
                // source it is the key's own word, which the allow-list documents.
                .attestationConveyancePreference(settings.restrictsModels() ? AttestationConveyancePreference.DIRECT
                        : AttestationConveyancePreference.NONE)
                .allowUntrustedAttestation(true)
                // Checked here in SecurityKeyRelyingParty and again by the store's conditional
                // update, so that a clone is told apart from other failures.
                .validateSignatureCounter(false)
                .clock(clock);
        if (!settings.appId().isEmpty()) {
            try {
                builder.appId(new AppId(settings.appId()));
            } catch (InvalidAppIdException e) {
                throw new IllegalArgumentException("symbolon.webauthn.app-id is not a valid FIDO AppID: " + settings.appId());
            }
        }
        return builder.build();
    }

    @Bean
    SecurityKeyRelyingParty securityKeyRelyingParty(RelyingParty relyingParty, SecurityKeyStore keys,
            WebAuthnSettings settings, SecureRandom random) {
        return new SecurityKeyRelyingParty(relyingParty, keys, settings, random);
    }

    @Bean
    SecurityKeyVerification securityKeyVerification(SecondStepStore contexts, SecurityKeyStore keys,
            SecondFactorAttemptStore attempts, SecurityEventLog events, Clock clock) {
        return new SecurityKeyVerification(contexts, keys, attempts, events, AttemptPolicy.DEFAULT, clock);
    }

    @Bean
    SecurityKeyManagement securityKeyManagement(SecurityKeyStore keys, SecurityEventLog events, CurrentPolicy policy,
            Clock clock, SecondFactorManagement management, RecoveryCodeIssuer recoveryCodes) {
        return new SecurityKeyManagement(keys, events, () -> policy.get().allows(SecondFactorMethod.WEBAUTHN), clock,
                management, recoveryCodes);
    }
}
