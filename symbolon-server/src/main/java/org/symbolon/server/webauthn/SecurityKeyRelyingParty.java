package org.symbolon.server.webauthn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.AssertionResult;
import com.yubico.webauthn.FinishAssertionOptions;
import com.yubico.webauthn.FinishRegistrationOptions;
import com.yubico.webauthn.RegistrationResult;
import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.StartAssertionOptions;
import com.yubico.webauthn.StartRegistrationOptions;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.AuthenticatorTransport;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.PublicKeyCredential;
import com.yubico.webauthn.data.PublicKeyCredentialCreationOptions;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import com.yubico.webauthn.data.UserIdentity;
import com.yubico.webauthn.data.UserVerificationRequirement;
import com.yubico.webauthn.exception.AssertionFailedException;
import com.yubico.webauthn.exception.RegistrationFailedException;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.stream.Collectors;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.factor.SecurityKeyCheck;
import org.symbolon.core.factor.SecurityKeyManagement.CheckedKey;
import org.symbolon.core.factor.SecurityKeyStore;

/**
 * The relying party's ceremonies (W3C WebAuthn §7), done by Yubico's library. The options of a
 * pending ceremony stay in the server-side session, one of each kind, and are taken out when the
 * browser answers: a challenge is good for one answer only, so a replayed answer finds none.
 *
 * <p>Options and answers pass as JSON strings: the library uses Jackson 2, Spring Boot Jackson 3.
 */
public class SecurityKeyRelyingParty {

    static final String PENDING_ASSERTION = "symbolon.webauthn.assertion";
    static final String PENDING_REGISTRATION = "symbolon.webauthn.registration";
    private static final long TIMEOUT_MILLIS = 120_000;

    private final RelyingParty relyingParty;
    private final SecurityKeyStore keys;
    private final WebAuthnSettings settings;
    private final SecureRandom random;

    public SecurityKeyRelyingParty(RelyingParty relyingParty, SecurityKeyStore keys, WebAuthnSettings settings,
            SecureRandom random) {
        this.relyingParty = relyingParty;
        this.keys = keys;
        this.settings = settings;
        this.random = random;
    }

    /** What a registration came to, before Symbolon's own rules. */
    public sealed interface Registration {
        record Checked(CheckedKey key) implements Registration {
        }

        /** @param reason for the log and the form: NOT_STARTED, MALFORMED, FAILED, MODEL_NOT_ALLOWED */
        record Failed(String reason) implements Registration {
        }
    }

    /** Starts an assertion for the user: the options as {@code navigator.credentials.get} takes them. */
    public String startAssertion(UserAccount user, HttpSession session) {
        AssertionRequest request = relyingParty.startAssertion(StartAssertionOptions.builder()
                .username(user.username().value())
                .userVerification(UserVerificationRequirement.DISCOURAGED)
                .timeout(TIMEOUT_MILLIS)
                .build());
        try {
            session.setAttribute(PENDING_ASSERTION, request.toJson());
            return request.toCredentialsGetJson();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Assertion options not serializable", e);
        }
    }

    /** Checks the browser's answer to the pending assertion, which it uses up whatever the answer. */
    public SecurityKeyCheck finishAssertion(UserAccount user, String credentialJson, HttpSession session) {
        Optional<String> pending = take(session, PENDING_ASSERTION);
        if (pending.isEmpty()) {
            return new SecurityKeyCheck.Rejected("NO_PENDING_CHALLENGE");
        }
        try {
            AssertionRequest request = AssertionRequest.fromJson(pending.get());
            if (!request.getUsername().map(user.username().value()::equals).orElse(false)) {
                return new SecurityKeyCheck.Rejected("CHALLENGE_OF_ANOTHER_USER");
            }
            var response = PublicKeyCredential.parseAssertionResponseJson(credentialJson);
            var key = keys.byCredentialId(response.getId().getBytes());
            if (key.isEmpty()) {
                return new SecurityKeyCheck.Rejected("UNKNOWN_CREDENTIAL");
            }
            AssertionResult result = relyingParty.finishAssertion(FinishAssertionOptions.builder()
                    .request(request).response(response).build());
            if (!result.isSuccess()) {
                return new SecurityKeyCheck.Rejected("ASSERTION_FAILED");
            }
            if (!result.isSignatureCounterValid()) {
                return new SecurityKeyCheck.Cloned(key.get());
            }
            return new SecurityKeyCheck.Accepted(key.get(), result.getSignatureCount());
        } catch (IOException | RuntimeException malformed) {
            return new SecurityKeyCheck.Rejected("MALFORMED_ASSERTION");
        } catch (AssertionFailedException failed) {
            // The library's message names the failed step (challenge, origin, RP ID, UP flag,
            // signature); it holds no secret, since nothing in an assertion is one.
            return new SecurityKeyCheck.Rejected("ASSERTION_FAILED: " + abbreviate(failed.getMessage()));
        }
    }

    /** Starts a registration: the options as {@code navigator.credentials.create} takes them. */
    public String startRegistration(UserAccount user, HttpSession session) {
        byte[] candidate = new byte[32];
        random.nextBytes(candidate);
        byte[] handle = keys.userHandle(user.id(), candidate);
        PublicKeyCredentialCreationOptions options = relyingParty.startRegistration(StartRegistrationOptions.builder()
                .user(UserIdentity.builder()
                        .name(user.username().value())
                        .displayName(user.displayName() == null ? user.username().value() : user.displayName().toString())
                        .id(new ByteArray(handle))
                        .build())
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.DISCOURAGED)
                        .userVerification(UserVerificationRequirement.DISCOURAGED)
                        .build())
                .timeout(TIMEOUT_MILLIS)
                .build());
        try {
            session.setAttribute(PENDING_REGISTRATION, options.toJson());
            return options.toCredentialsCreateJson();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Registration options not serializable", e);
        }
    }

    /** Checks the browser's answer to the pending registration, which it uses up whatever the answer. */
    public Registration finishRegistration(String credentialJson, HttpSession session) {
        Optional<String> pending = take(session, PENDING_REGISTRATION);
        if (pending.isEmpty()) {
            return new Registration.Failed("NOT_STARTED");
        }
        try {
            PublicKeyCredentialCreationOptions request = PublicKeyCredentialCreationOptions.fromJson(pending.get());
            RegistrationResult result = relyingParty.finishRegistration(FinishRegistrationOptions.builder()
                    .request(request)
                    .response(PublicKeyCredential.parseRegistrationResponseJson(credentialJson))
                    .build());
            byte[] aaguid = result.getAaguid() == null ? null : result.getAaguid().getBytes();
            if (!settings.allowsModel(aaguid)) {
                return new Registration.Failed("MODEL_NOT_ALLOWED");
            }
            return new Registration.Checked(new CheckedKey(result.getKeyId().getId().getBytes(),
                    result.getPublicKeyCose().getBytes(), result.getSignatureCount(), aaguid,
                    result.getKeyId().getTransports().map(java.util.Set::copyOf).orElse(java.util.Set.of()).stream()
                            .map(AuthenticatorTransport::getId).collect(Collectors.toSet())));
        } catch (IOException | RuntimeException malformed) {
            return new Registration.Failed("MALFORMED");
        } catch (RegistrationFailedException failed) {
            return new Registration.Failed("FAILED");
        }
    }

    private static Optional<String> take(HttpSession session, String attribute) {
        Object value = session.getAttribute(attribute);
        session.removeAttribute(attribute);
        return value instanceof String json ? Optional.of(json) : Optional.empty();
    }

    private static String abbreviate(String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ");
        return text.length() > 120 ? text.substring(0, 120) : text;
    }
}
