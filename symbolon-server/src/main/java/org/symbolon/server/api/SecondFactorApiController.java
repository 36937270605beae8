package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.factor.EnrollmentOutcome;
import org.symbolon.core.factor.ManagementOutcome;
import org.symbolon.core.factor.SecondFactorManagement;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.api.SecondFactorApiViews.CodeRequest;
import org.symbolon.server.api.SecondFactorApiViews.EnrollmentRequest;
import org.symbolon.server.api.SecondFactorApiViews.EnrollmentView;
import org.symbolon.server.api.SecondFactorApiViews.PasswordAndCodeRequest;
import org.symbolon.server.api.SecondFactorApiViews.PasswordRequest;
import org.symbolon.server.api.SecondFactorApiViews.RecoveryCodesView;
import org.symbolon.server.api.SecondFactorApiViews.SecondFactorsView;
import org.symbolon.server.factor.QrCodeSvg;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignInTasks;
import org.symbolon.server.security.SignedInUser;

/** The signed-in user's authenticator apps and recovery codes. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Second factor", description = "Authenticator apps (TOTP) and recovery codes of the signed-in user.")
class SecondFactorApiController {

    private final TotpEnrollment enrollment;
    private final SecondFactorManagement management;
    private final AccountAdministration accounts;

    private final SessionSignIn signIn;

    SecondFactorApiController(TotpEnrollment enrollment, SecondFactorManagement management, AccountAdministration accounts,
            SessionSignIn signIn) {
        this.signIn = signIn;
        this.enrollment = enrollment;
        this.management = management;
        this.accounts = accounts;
    }

    @PostMapping("/totp")
    @Operation(summary = "Start setting up an authenticator app; needs the password, except in state ENROLL right "
            + "after signing in. The answer holds the key (shown once) and expires after 10 minutes unless activated. "
            + "403 wrong_password_or_code, 409 too_many_authenticators.")
    ResponseEntity<EnrollmentView> start(@AuthenticationPrincipal SignedInUser user, @RequestBody EnrollmentRequest body,
            HttpServletRequest request) {
        boolean required = signIn.tasks(request).map(SignInTasks::enroll).orElse(false);
        EnrollmentOutcome outcome = required ? enrollment.startAfterSignIn(load(user), body.name())
                : enrollment.start(load(user), body.password(), body.name());
        if (outcome instanceof EnrollmentOutcome.Started started) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new EnrollmentView(started.publicId(),
                    started.secret().base32(), started.otpauthUri(),
                    QrCodeSvg.render(started.otpauthUri(), "QR code of the authenticator key"),
                    started.serverTime(), started.expiresAt(), started.settings().algorithm().uriName(),
                    started.settings().digits(), started.settings().periodSeconds()));
        }
        throw refusal((EnrollmentOutcome.Refused) outcome);
    }

    @PostMapping("/totp/{id}/activate")
    @Operation(summary = "Finish the set-up with the app's current code. Answers the new recovery codes, shown once; "
            + "the previous set stops working. In state ENROLL, this completes the sign-in. "
            + "401 invalid_code, 404 enrollment_not_found.")
    RecoveryCodesView activate(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestBody CodeRequest body, HttpServletRequest request, HttpServletResponse response) {
        EnrollmentOutcome outcome = enrollment.activate(load(user), id, body.code(), Clients.of(request));
        if (outcome instanceof EnrollmentOutcome.Activated activated) {
            signIn.enrolled(request, response);
            return new RecoveryCodesView(activated.recoveryCodes());
        }
        throw refusal((EnrollmentOutcome.Refused) outcome);
    }

    @GetMapping("/second-factors")
    @Operation(summary = "The user's authenticator apps, hardware tokens and the number of unused recovery codes.")
    SecondFactorsView overview(@AuthenticationPrincipal SignedInUser user) {
        return SecondFactorsView.of(management.overview(load(user)));
    }

    @DeleteMapping("/totp/{id}")
    @Operation(summary = "Remove an authenticator; needs the password and a current code or a recovery code. "
            + "Removing the last app or token deletes the recovery codes and the e-mail factor too. 404 authenticator_not_found (checked before the code, "
            + "so no code is spent on it).")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestBody PasswordAndCodeRequest body, HttpServletRequest request) {
        ManagementOutcome outcome = management.remove(load(user), id, body.password(), body.code(), Clients.of(request));
        require(outcome);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/second-factors/disable")
    @Operation(summary = "Turn two-factor sign-in off: every authenticator and recovery code is deleted. "
            + "Needs the password and a current code or a recovery code.")
    ResponseEntity<Void> disable(@AuthenticationPrincipal SignedInUser user, @RequestBody PasswordAndCodeRequest body,
            HttpServletRequest request) {
        require(management.disable(load(user), body.password(), body.code(), Clients.of(request)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/recovery-codes")
    @Operation(summary = "A new set of recovery codes, shown once; needs the password. The old set stops working.")
    RecoveryCodesView regenerate(@AuthenticationPrincipal SignedInUser user, @RequestBody PasswordRequest body,
            HttpServletRequest request) {
        ManagementOutcome outcome = management.regenerateRecoveryCodes(load(user), body.password(), Clients.of(request));
        require(outcome);
        return new RecoveryCodesView(((ManagementOutcome.NewRecoveryCodes) outcome).codes());
    }

    private static void require(ManagementOutcome outcome) {
        if (outcome instanceof ManagementOutcome.Refused) {
            throw new ApiException(ApiError.WRONG_PASSWORD_OR_CODE);
        }
        if (outcome instanceof ManagementOutcome.NotFound) {
            throw new ApiException(ApiError.AUTHENTICATOR_NOT_FOUND);
        }
        if (outcome instanceof ManagementOutcome.Limited limited) {
            throw SecondStepApiController.limited(limited.outcome());
        }
    }

    static ApiException refusal(EnrollmentOutcome.Refused refused) {
        return new ApiException(switch (refused.refusal()) {
            case WRONG_PASSWORD -> ApiError.WRONG_PASSWORD_OR_CODE;
            case TOO_MANY -> ApiError.TOO_MANY_AUTHENTICATORS;
            case NOT_FOUND -> ApiError.ENROLLMENT_NOT_FOUND;
            case WRONG_CODE -> ApiError.INVALID_CODE;
            case METHOD_TURNED_OFF -> ApiError.METHOD_TURNED_OFF;
        });
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new ApiException(ApiError.UNAUTHENTICATED));
    }
}
