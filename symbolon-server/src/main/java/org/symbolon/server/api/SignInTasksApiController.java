package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.factor.Reconfirmation;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondFactorOutcome;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.api.ApiViews.SessionView;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.EnrollmentPostponement;
import org.symbolon.server.security.RecentConfirmation;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignedInUser;

/** The steps of a signed-in session that are not a sign-in: putting off enrollment, and confirming again. */
@RestController
@Tag(name = "Session")
class SignInTasksApiController {

    /** {@code method}: totp or recovery_code for a user with a second factor, password for one without. */
    record ConfirmRequest(String method, String code) {
        @Override
        public String toString() {
            return "ConfirmRequest[" + method + "]";
        }
    }

    private final SessionSignIn signIn;
    private final AccountAdministration accounts;
    private final Reconfirmation reconfirmation;
    private final RecentConfirmation confirmations;
    private final EnrollmentPostponement postponement;

    SignInTasksApiController(SessionSignIn signIn, AccountAdministration accounts, Reconfirmation reconfirmation,
            RecentConfirmation confirmations, EnrollmentPostponement postponement) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.reconfirmation = reconfirmation;
        this.confirmations = confirmations;
        this.postponement = postponement;
    }

    @PostMapping("/api/v1/session/enrollment/skip")
    @Operation(summary = "In state ENROLL with an enrollmentDeadline: put the set-up off and finish signing in. "
            + "403 enrollment_required when the grace period is over or there is none.")
    SessionView skipEnrollment(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
            HttpServletResponse response) {
        UserAccount account = load(user);
        if (!postponement.postpone(account, request, response)) {
            throw new ApiException(ApiError.ENROLLMENT_REQUIRED);
        }
        return SessionView.signedIn(account, signIn.tasks(request), null);
    }

    @PostMapping("/api/v1/session/confirm")
    @Operation(summary = "Confirm again before an administrator's action on another user (valid 15 minutes): "
            + "method totp or recovery_code with the code, or, for a user without a second factor, method password. "
            + "204; 401 invalid_code; 429 too_many_attempts; 403 second_factor_locked.")
    ResponseEntity<Void> confirm(@AuthenticationPrincipal SignedInUser user, @RequestBody ConfirmRequest body,
            HttpServletRequest request) {
        SecondFactorMethod method = "password".equals(body.method()) ? null
                : SecondFactorMethod.fromApiName(body.method())
                        .orElseThrow(() -> new InputProblem("method", InputProblem.Reason.NOT_ALLOWED));
        SecondFactorOutcome outcome = reconfirmation.confirm(load(user), method, body.code(), Clients.of(request));
        if (outcome instanceof SecondFactorOutcome.Verified) {
            confirmations.confirmed(request);
            return ResponseEntity.noContent().build();
        }
        throw SecondStepApiController.limited(outcome);
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new ApiException(ApiError.UNAUTHENTICATED));
    }
}
