package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountSelfService;
import org.symbolon.core.account.ProfileChange;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.server.api.ApiRequests.PasswordChangeRequest;
import org.symbolon.server.api.ApiRequests.ProfileRequest;
import org.symbolon.server.api.ApiViews.UserView;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignedInUser;

/** The signed-in user's own account. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account", description = "The signed-in user's own profile and password.")
class AccountApiController {

    private final AccountSelfService selfService;
    private final AccountAdministration accounts;

    private final SessionSignIn signIn;

    AccountApiController(AccountSelfService selfService, AccountAdministration accounts, SessionSignIn signIn) {
        this.signIn = signIn;
        this.selfService = selfService;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The signed-in user's account.")
    UserView account(@AuthenticationPrincipal SignedInUser user) {
        return UserView.of(load(user));
    }

    @PatchMapping
    @Operation(summary = "Change display name and e-mail address; an empty e-mail removes it.")
    UserView changeProfile(@AuthenticationPrincipal SignedInUser user, @RequestBody ProfileRequest body) {
        UserAccount account = load(user);
        ProfileChange change = ProfilePatch.apply(account, body.displayName(), body.email());
        return UserView.of(AccountOutcomes.require(selfService.changeProfile(account.username(), change), "password"));
    }

    @PostMapping("/password")
    @Operation(summary = "Change the password; needs the current one. Ends the user's other sessions. In state "
            + "PASSWORD_CHANGE (after an administrator reset the password) this is the one endpoint open, and the "
            + "session moves on to the next state.")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal SignedInUser user,
            @RequestBody PasswordChangeRequest body, HttpSession session, HttpServletRequest request,
            HttpServletResponse response) {
        AccountOutcomes.require(selfService.changePassword(
                new Username(user.username()), body.currentPassword(), body.newPassword(), session.getId()), "newPassword");
        signIn.passwordChanged(request, response);
        return ResponseEntity.noContent().build();
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new ApiException(ApiError.UNAUTHENTICATED));
    }
}
