package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.email.EmailCodeSending;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.sms.SmsCodeSending;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.api.EmailCodeResponses.CodeSentView;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.security.Clients;
import org.symbolon.server.webauthn.SecurityKeySignIn;
import org.symbolon.server.security.PendingSignIn;
import org.symbolon.server.security.SessionSignIn;

/**
 * Between password and second step: asks for a code to be sent, for the methods whose code comes
 * from the server (e-mail and SMS), and the options of a security key's assertion. The code, or
 * the key's answer, is then sent to {@code POST /api/v1/session/second-factor}.
 */
@RestController
@Tag(name = "Session")
class SecondFactorChallengeApiController {

    record ChallengeRequest(String method) {
    }

    private final SessionSignIn signIn;
    private final EmailCodeSending sending;
    private final SmsCodeSending smsSending;
    private final SecurityKeySignIn securityKeys;
    private final CurrentPolicy policy;

    SecondFactorChallengeApiController(SessionSignIn signIn, EmailCodeSending sending, SmsCodeSending smsSending,
            SecurityKeySignIn securityKeys, CurrentPolicy policy) {
        this.signIn = signIn;
        this.sending = sending;
        this.smsSending = smsSending;
        this.securityKeys = securityKeys;
        this.policy = policy;
    }

    @PostMapping(path = "/api/v1/session/second-factor/challenge", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "In state SECOND_FACTOR, {\"method\":\"email\"} mails a 6-digit code, valid 10 minutes, to the "
            + "user's e-mail factor; then send it with method email to POST /api/v1/session/second-factor. 202 with "
            + "where it went. 401 second_factor_expired, 409 email_factor_not_found, 429 code_recently_sent with "
            + "Retry-After, 503 mail_off or mail_not_sent, 400 invalid_request (field method). {\"method\":\"sms\"} texts "
            + "the code to the user's phone number instead: 409 sms_factor_not_found, 503 sms_off or sms_not_sent. "
            + "{\"method\":\"webauthn\"} answers 200 with {\"publicKey\": PublicKeyCredentialRequestOptions} (W3C "
            + "WebAuthn §5.5, binary values base64url) for navigator.credentials.get; 409 security_key_not_found when "
            + "the user has no key.")
    ResponseEntity<?> challenge(@RequestBody ChallengeRequest body, HttpServletRequest request) {
        PendingSignIn pending = signIn.pending(request)
                .orElseThrow(() -> new ApiException(ApiError.SECOND_FACTOR_EXPIRED));
        SecondFactorMethod method = SecondFactorMethod.fromApiName(body.method())
                .filter(m -> m == SecondFactorMethod.EMAIL || m == SecondFactorMethod.SMS || m == SecondFactorMethod.WEBAUTHN)
                .orElseThrow(() -> new InputProblem("method", InputProblem.Reason.NOT_ALLOWED));
        if (method == SecondFactorMethod.WEBAUTHN) {
            if (!policy.get().allows(method)) {
                throw new InputProblem("method", InputProblem.Reason.NOT_ALLOWED);
            }
            // Yubico's own JSON (Jackson 2), passed on as it is: {"publicKey": PublicKeyCredentialRequestOptions}.
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(securityKeys.start(pending.userId(), request.getSession())
                            .orElseThrow(() -> new ApiException(ApiError.SECURITY_KEY_NOT_FOUND)));
        }
        CodeSentView sent = method == SecondFactorMethod.SMS
                ? SmsCodeResponses.sent(smsSending.sendSignInCode(pending.userId(), Clients.of(request)))
                : EmailCodeResponses.sent(sending.sendSignInCode(pending.userId(), Clients.of(request)));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(sent);
    }
}
