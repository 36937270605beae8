package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfLogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.Username;
import org.symbolon.core.factor.SecondFactorVerification;
import org.symbolon.core.login.LoginOutcome;
import org.symbolon.core.login.PasswordLogin;
import org.symbolon.server.api.ApiRequests.SignInRequest;
import org.symbolon.server.api.ApiViews.SessionState;
import org.symbolon.server.api.ApiViews.SessionView;
import org.symbolon.server.api.ApiViews.UserView;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignedInUser;

/** Signing in and out through the API, for browser-style clients that keep the session cookie. */
@RestController
@RequestMapping("/api/v1/session")
@Tag(name = "Session", description = "Sign in, see where the sign-in stands, sign out.")
class SessionApiController {

    private final PasswordLogin passwordLogin;
    private final SessionSignIn signIn;
    private final AccountAdministration accounts;
    private final CompositeLogoutHandler signOut;
    private final CurrentPolicy policy;
    private final SecondFactorVerification verification;

    SessionApiController(PasswordLogin passwordLogin, SessionSignIn signIn, AccountAdministration accounts,
            CookieCsrfTokenRepository csrfTokens, CurrentPolicy policy, SecondFactorVerification verification) {
        this.policy = policy;
        this.verification = verification;
        this.passwordLogin = passwordLogin;
        this.signIn = signIn;
        this.accounts = accounts;
        this.signOut = new CompositeLogoutHandler(new CsrfLogoutHandler(csrfTokens), new SecurityContextLogoutHandler());
    }

    @GetMapping
    @Operation(summary = "Where the caller's sign-in stands. Also sets the XSRF-TOKEN cookie that every POST, PATCH and DELETE must echo in X-XSRF-TOKEN.")
    SessionView current(@AuthenticationPrincipal SignedInUser user, CsrfToken csrfToken, HttpServletRequest request) {
        // Reading the token makes the cookie repository send it.
        csrfToken.getToken();
        if (user == null) {
            return signIn.pending(request)
                    .map(pending -> SecondStepApiController.secondFactorView(verification, pending.userId(), policy.get()))
                    .orElse(new SessionView(SessionState.ANONYMOUS, null));
        }
        return accounts.find(new Username(user.username()))
                .map(account -> SessionView.signedIn(account, signIn.tasks(request), null))
                .orElse(new SessionView(SessionState.ANONYMOUS, null));
    }

    @PostMapping
    @Operation(summary = "Sign in with username and password: state AUTHENTICATED, or SECOND_FACTOR with the methods to "
            + "continue with at /api/v1/session/second-factor: those the user has and the policy allows, the one used "
            + "last first, recovery_code last. 401 invalid_credentials whatever was wrong; 429 too_many_sign_in_attempts "
            + "with Retry-After after five wrong passwords in a row for the username, whether or not it exists.")
    SessionView signIn(@RequestBody SignInRequest body, HttpServletRequest request, HttpServletResponse response) {
        LoginOutcome outcome = passwordLogin.attempt(body.username(), body.password());
        if (outcome instanceof LoginOutcome.Authenticated authenticated) {
            signIn.signIn(authenticated.account(), authenticated.after(), request, response);
            return SessionView.signedIn(authenticated.account(), signIn.tasks(request), null);
        }
        if (outcome instanceof LoginOutcome.SecondFactorRequired required) {
            signIn.beginSecondStep(required.account(), required.after(), request, response);
            return SecondStepApiController.secondFactorView(verification, required.account().id(), policy.get());
        }
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            throw ApiException.retryAfter(ApiError.TOO_MANY_SIGN_IN_ATTEMPTS, throttled.retryAfter());
        }
        throw new ApiException(ApiError.INVALID_CREDENTIALS);
    }

    @DeleteMapping
    @Operation(summary = "Sign out: the session ends on the server, and its cookie is worth nothing after.")
    ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        signOut.logout(request, response, authentication);
        return ResponseEntity.noContent().build();
    }
}
