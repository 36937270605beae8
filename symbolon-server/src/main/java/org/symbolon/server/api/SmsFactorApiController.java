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
import org.symbolon.core.factor.ManagementOutcome;
import org.symbolon.core.factor.SecondFactorManagement;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.PhoneNumberParser;
import org.symbolon.core.sms.SmsCodeOutcome;
import org.symbolon.core.sms.SmsFactorEnrollment;
import org.symbolon.core.sms.SmsFactorStore;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.api.EmailCodeResponses.CodeSentView;
import org.symbolon.server.api.SecondFactorApiViews.CodeRequest;
import org.symbolon.server.api.SecondFactorApiViews.PasswordAndCodeRequest;
import org.symbolon.server.api.SmsCodeResponses.SmsFactorView;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.SignedInUser;

/** The signed-in user's phone number for SMS codes: added by a code texted to it, removed with reconfirmation. */
@RestController
@RequestMapping("/api/v1/account/sms-factor")
@Tag(name = "Second factor")
class SmsFactorApiController {

    record PhoneRequest(String password, String phone) {
    }

    private final SmsFactorEnrollment enrollment;
    private final SmsFactorStore factors;
    private final PhoneNumberParser parser;
    private final AccountAdministration accounts;
    private final SecondFactorManagement management;

    SmsFactorApiController(SmsFactorEnrollment enrollment, SmsFactorStore factors, PhoneNumberParser parser,
            AccountAdministration accounts, SecondFactorManagement management) {
        this.enrollment = enrollment;
        this.factors = factors;
        this.parser = parser;
        this.accounts = accounts;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "The phone number SMS codes go to (E.164, and masked). 409 sms_factor_not_found when there is none.")
    SmsFactorView show(@AuthenticationPrincipal SignedInUser user) {
        return factors.find(load(user).id()).map(SmsFactorView::of)
                .orElseThrow(() -> new ApiException(ApiError.SMS_FACTOR_NOT_FOUND));
    }

    @PostMapping
    @Operation(summary = "Start adding a phone number: needs the password and the number (with + and country code, or "
            + "national when symbolon.sms.default-region is set); texts a 6-digit code, valid 10 minutes, to it. 202 with "
            + "the masked number. 400 invalid_request (field phone) for a number that is not valid, 403 "
            + "wrong_current_password, 409 sms_factor_exists, 409 primary_factor_required, 429 code_recently_sent with "
            + "Retry-After, 503 sms_off or sms_not_sent, 400 invalid_request (field method) when the policy does not "
            + "allow SMS codes.")
    ResponseEntity<CodeSentView> start(@AuthenticationPrincipal SignedInUser user, @RequestBody PhoneRequest body,
            HttpServletRequest request) {
        PhoneNumber phone = parser.parse(body.phone())
                .orElseThrow(() -> new InputProblem("phone", InputProblem.Reason.MALFORMED));
        SmsCodeOutcome outcome = enrollment.start(load(user), body.password(), phone, Clients.of(request));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(SmsCodeResponses.sent(outcome));
    }

    @PostMapping("/confirm")
    @Operation(summary = "Finish adding the phone number with the texted code. 201 with the number. 401 invalid_code "
            + "(wrong, used, expired, or five wrong tries on this code).")
    ResponseEntity<SmsFactorView> confirm(@AuthenticationPrincipal SignedInUser user, @RequestBody CodeRequest body,
            HttpServletRequest request) {
        SmsCodeOutcome outcome = enrollment.confirm(load(user), body.code(), Clients.of(request));
        if (outcome instanceof SmsCodeOutcome.Enrolled enrolled) {
            return ResponseEntity.status(HttpStatus.CREATED).body(SmsFactorView.of(enrolled.factor()));
        }
        throw SmsCodeResponses.refusal(outcome);
    }

    @DeleteMapping
    @Operation(summary = "Remove the phone number; needs the password and a current app code or a recovery code. 204. "
            + "403 wrong_password_or_code, 409 sms_factor_not_found, 429 too_many_attempts, 403 second_factor_locked.")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @RequestBody PasswordAndCodeRequest body,
            HttpServletRequest request) {
        ManagementOutcome outcome = management.removeSmsFactor(load(user), body.password(), body.code(),
                Clients.of(request));
        if (outcome instanceof ManagementOutcome.Done) {
            return ResponseEntity.noContent().build();
        }
        if (outcome instanceof ManagementOutcome.NotFound) {
            throw new ApiException(ApiError.SMS_FACTOR_NOT_FOUND);
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
