package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.email.EmailCodeOutcome;
import org.symbolon.core.email.EmailFactorEnrollment;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.factor.ManagementOutcome;
import org.symbolon.core.factor.SecondFactorManagement;
import org.symbolon.server.api.EmailCodeResponses.CodeSentView;
import org.symbolon.server.api.EmailCodeResponses.EmailFactorView;
import org.symbolon.server.api.SecondFactorApiViews.CodeRequest;
import org.symbolon.server.api.SecondFactorApiViews.PasswordAndCodeRequest;
import org.symbolon.server.api.SecondFactorApiViews.PasswordRequest;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.SignedInUser;

/** The signed-in user's e-mail factor: adding it by a code mailed to the account's address. */
@RestController
@RequestMapping("/api/v1/account/email-factor")
@Tag(name = "Second factor")
class EmailFactorApiController {

    private final EmailFactorEnrollment enrollment;
    private final EmailFactorStore factors;
    private final AccountAdministration accounts;
    private final SecondFactorManagement management;

    EmailFactorApiController(EmailFactorEnrollment enrollment, EmailFactorStore factors, AccountAdministration accounts,
            SecondFactorManagement management) {
        this.management = management;
        this.enrollment = enrollment;
        this.factors = factors;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The e-mail factor: the address codes go to. 409 email_factor_not_found when there is none.")
    EmailFactorView show(@AuthenticationPrincipal SignedInUser user) {
        return factors.find(load(user).id()).map(EmailFactorView::of)
                .orElseThrow(() -> new ApiException(ApiError.EMAIL_FACTOR_NOT_FOUND));
    }

    @PostMapping
    @Operation(summary = "Start adding the e-mail factor: needs the password; mails a 6-digit code, valid 10 minutes, to "
            + "the account's address. 202 with where it went. 403 wrong_current_password, 409 no_email_address, 409 "
            + "email_factor_exists, 429 code_recently_sent with Retry-After, 503 mail_off or mail_not_sent, 400 "
            + "invalid_request (field method) when the policy does not allow e-mail codes.")
    ResponseEntity<CodeSentView> start(@AuthenticationPrincipal SignedInUser user, @RequestBody PasswordRequest body,
            HttpServletRequest request) {
        EmailCodeOutcome outcome = enrollment.start(load(user), body.password(), Clients.of(request));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(EmailCodeResponses.sent(outcome));
    }

    @PostMapping("/confirm")
    @Operation(summary = "Finish adding the e-mail factor with the mailed code. 201 with the address. 401 invalid_code "
            + "(wrong, used, expired, or five wrong tries on this code).")
    ResponseEntity<EmailFactorView> confirm(@AuthenticationPrincipal SignedInUser user, @RequestBody CodeRequest body,
            HttpServletRequest request) {
        EmailCodeOutcome outcome = enrollment.confirm(load(user), body.code(), Clients.of(request));
        if (outcome instanceof EmailCodeOutcome.Enrolled enrolled) {
            return ResponseEntity.status(HttpStatus.CREATED).body(
                    EmailFactorView.of(enrolled.factor()));
        }
        throw EmailCodeResponses.refusal(outcome);
    }

    @DeleteMapping
    @Operation(summary = "Remove the e-mail factor; needs the password and a current app code or a recovery code. 204. "
            + "403 wrong_password_or_code, 409 email_factor_not_found, 429 too_many_attempts, 403 second_factor_locked.")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @RequestBody PasswordAndCodeRequest body,
            HttpServletRequest request) {
        ManagementOutcome outcome = management.removeEmailFactor(load(user), body.password(), body.code(),
                Clients.of(request));
        if (outcome instanceof ManagementOutcome.Done) {
            return ResponseEntity.noContent().build();
        }
        if (outcome instanceof ManagementOutcome.NotFound) {
            throw new ApiException(ApiError.EMAIL_FACTOR_NOT_FOUND);
        }
        if (outcome instanceof ManagementOutcome.Limited limited) {
            throw SecondStepApiController.limited(limited.outcome());
        }
        throw new ApiException(ApiError.WRONG_PASSWORD_OR_CODE);
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new ApiException(ApiError.UNAUTHENTICATED));
    }
}
