package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.core.factor.SecondFactorOutcome;
import org.symbolon.core.factor.SecondFactorVerification;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.api.ApiViews.SessionState;
import org.symbolon.server.api.ApiViews.SessionView;
import org.symbolon.server.api.ApiViews.UserView;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.PendingSignIn;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.webauthn.SecurityKeySignIn;
import tools.jackson.databind.JsonNode;

/** The second step of signing in through the API. */
@RestController
@Tag(name = "Session")
class SecondStepApiController {

    /** @param credential a security key's PublicKeyCredential (method webauthn), as JSON */
    record SecondFactorRequest(String method, String code, JsonNode credential) {
        @Override
        public String toString() {
            return "SecondFactorRequest[" + method + "]";
        }
    }

    private final SessionSignIn signIn;
    private final SecondFactorVerification verification;
    private final CurrentPolicy policy;
    private final SecurityKeySignIn securityKeys;

    SecondStepApiController(SessionSignIn signIn, SecondFactorVerification verification, CurrentPolicy policy,
            SecurityKeySignIn securityKeys) {
        this.securityKeys = securityKeys;
        this.signIn = signIn;
        this.verification = verification;
        this.policy = policy;
    }

    /**
     * The methods this user has and the policy allows, the one used last first, in the order a
     * client should offer them; bypass codes go unlisted.
     */
    static SessionView secondFactorView(SecondFactorVerification verification, long userId, InstancePolicy policy) {
        List<String> methods = verification.methodsOf(userId, policy::allows).stream()
                .map(SecondFactorMethod::apiName)
                .toList();
        return new SessionView(SessionState.SECOND_FACTOR, null, methods, null);
    }

    @PostMapping(path = "/api/v1/session/second-factor", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The second step: a code from the authenticator app (method totp), from a hardware token "
            + "(method hotp), a recovery code (method recovery_code), or a security key's answer (method webauthn, with "
            + "credential: the PublicKeyCredential JSON, binary values base64url, to the challenge from "
            + "POST /api/v1/session/second-factor/challenge; 401 invalid_security_key). Answers like GET /api/v1/session; 401 invalid_code, 401 second_factor_expired, "
            + "429 too_many_attempts with Retry-After, 403 second_factor_locked.")
    ResponseEntity<SessionView> verify(@RequestBody SecondFactorRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        PendingSignIn pending = signIn.pending(request)
                .orElseThrow(() -> new ApiException(ApiError.SECOND_FACTOR_EXPIRED));
        SecondFactorMethod method = SecondFactorMethod.fromApiName(body.method())
                .filter(policy.get()::allows)
                .orElseThrow(() -> new InputProblem("method", InputProblem.Reason.NOT_ALLOWED));
        SecondFactorOutcome outcome;
        if (method == SecondFactorMethod.WEBAUTHN) {
            if (body.credential() == null || !body.credential().isObject()) {
                throw new InputProblem("credential", InputProblem.Reason.EMPTY);
            }
            outcome = securityKeys.verify(pending.userId(), body.credential().toString(), request.getSession(),
                    Clients.of(request));
        } else {
            outcome = verification.verify(pending.userId(), method, body.code(), Clients.of(request));
        }
        if (outcome instanceof SecondFactorOutcome.Verified verified) {
            UserAccount user = verified.user();
            signIn.signInAfterSecondStep(user, pending, method == SecondFactorMethod.BYPASS_CODE, request, response);
            Integer left = method == SecondFactorMethod.RECOVERY_CODE ? verified.recoveryCodesLeft() : null;
            return ResponseEntity.ok(SessionView.signedIn(user, signIn.tasks(request), left));
        }
        if (method == SecondFactorMethod.WEBAUTHN && outcome instanceof SecondFactorOutcome.Rejected) {
            throw new ApiException(ApiError.INVALID_SECURITY_KEY);
        }
        throw limited(outcome);
    }

    /** The error for a refused code: throttled (with Retry-After), locked, or simply wrong. */
    static ApiException limited(SecondFactorOutcome outcome) {
        if (outcome instanceof SecondFactorOutcome.Throttled throttled) {
            return ApiException.retryAfter(ApiError.TOO_MANY_ATTEMPTS, throttled.retryAfter());
        }
        if (outcome instanceof SecondFactorOutcome.Locked) {
            return new ApiException(ApiError.SECOND_FACTOR_LOCKED);
        }
        return new ApiException(ApiError.INVALID_CODE);
    }
}
