package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.factor.EnrollmentOutcome;
import org.symbolon.core.factor.HotpEnrollment;
import org.symbolon.core.factor.HotpResynchronization;
import org.symbolon.core.factor.ManagementOutcome;
import org.symbolon.core.factor.SecondFactorManagement;
import org.symbolon.server.api.SecondFactorApiViews.CodeRequest;
import org.symbolon.server.api.SecondFactorApiViews.HotpEnrollmentRequest;
import org.symbolon.server.api.SecondFactorApiViews.HotpEnrollmentView;
import org.symbolon.server.api.SecondFactorApiViews.PasswordAndCodeRequest;
import org.symbolon.server.api.SecondFactorApiViews.RecoveryCodesView;
import org.symbolon.server.api.SecondFactorApiViews.ResyncRequest;
import org.symbolon.server.factor.QrCodeSvg;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignedInUser;

/** The signed-in user's hardware tokens (RFC 4226 HOTP): set up, resynchronise, remove. */
@RestController
@RequestMapping("/api/v1/account/hotp")
@Tag(name = "Second factor")
class HotpApiController {

    private final HotpEnrollment enrollment;
    private final HotpResynchronization resynchronization;
    private final SecondFactorManagement management;
    private final AccountAdministration accounts;
    private final SessionSignIn signIn;

    HotpApiController(HotpEnrollment enrollment, HotpResynchronization resynchronization,
            SecondFactorManagement management, AccountAdministration accounts, SessionSignIn signIn) {
        this.signIn = signIn;
        this.enrollment = enrollment;
        this.resynchronization = resynchronization;
        this.management = management;
        this.accounts = accounts;
    }

    @PostMapping
    @Operation(summary = "Start setting up a hardware token; needs the password. Without secret the server makes a new "
            + "key (to program into the token, or scan); with secret (Base32) it takes the key the token came with. "
            + "Expires after 10 minutes unless activated. 403 wrong_password_or_code, 403 method_turned_off, "
            + "409 too_many_authenticators (apps and tokens together), 400 invalid_request for a malformed secret.")
    ResponseEntity<HotpEnrollmentView> start(@AuthenticationPrincipal SignedInUser user,
            @RequestBody HotpEnrollmentRequest body) {
        EnrollmentOutcome outcome = enrollment.start(load(user), body.password(), body.name(), body.secret());
        if (outcome instanceof EnrollmentOutcome.TokenStarted started) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new HotpEnrollmentView(started.publicId(),
                    started.secret().base32(), started.otpauthUri(),
                    QrCodeSvg.render(started.otpauthUri(), "QR code of the hardware token's key"),
                    started.counter(), started.expiresAt(), "SHA1", 6));
        }
        throw SecondFactorApiController.refusal((EnrollmentOutcome.Refused) outcome);
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Finish the set-up with a code of the token (one of its next 10). Answers the new recovery "
            + "codes, shown once; the previous set stops working. Fulfils an enrollment that the policy requires at "
            + "sign-in, as an app does. 401 invalid_code, 404 enrollment_not_found.")
    RecoveryCodesView activate(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestBody CodeRequest body, HttpServletRequest request, HttpServletResponse response) {
        EnrollmentOutcome outcome = enrollment.activate(load(user), id, body.code(), Clients.of(request));
        if (outcome instanceof EnrollmentOutcome.Activated activated) {
            signIn.enrolled(request, response);
            return new RecoveryCodesView(activated.recoveryCodes());
        }
        throw SecondFactorApiController.refusal((EnrollmentOutcome.Refused) outcome);
    }

    @PostMapping("/{id}/resync")
    @Operation(summary = "Resynchronise a token pressed more than 10 times without signing in: the password and two "
            + "consecutive codes (firstCode, then secondCode), the first within the next 100. A wrong pair counts as a "
            + "failed attempt. 204; 403 wrong_password_or_code, 404 hotp_token_not_found, 429 too_many_attempts.")
    ResponseEntity<Void> resync(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestBody ResyncRequest body, HttpServletRequest request) {
        require(resynchronization.resynchronize(load(user), id, body.password(), body.firstCode(), body.secondCode(),
                Clients.of(request)));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a hardware token; needs the password and a current code of any factor or a recovery "
            + "code. Removing the last factor deletes the recovery codes too. 404 hotp_token_not_found (checked "
            + "before the code, so no code is spent on it).")
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestBody PasswordAndCodeRequest body, HttpServletRequest request) {
        require(management.removeToken(load(user), id, body.password(), body.code(), Clients.of(request)));
        return ResponseEntity.noContent().build();
    }

    private static void require(ManagementOutcome outcome) {
        if (outcome instanceof ManagementOutcome.Refused) {
            throw new ApiException(ApiError.WRONG_PASSWORD_OR_CODE);
        }
        if (outcome instanceof ManagementOutcome.NotFound) {
            throw new ApiException(ApiError.HOTP_TOKEN_NOT_FOUND);
        }
        if (outcome instanceof ManagementOutcome.Limited limited) {
            throw SecondStepApiController.limited(limited.outcome());
        }
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new ApiException(ApiError.UNAUTHENTICATED));
    }
}
