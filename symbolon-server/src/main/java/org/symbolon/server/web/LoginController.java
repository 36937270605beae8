package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.symbolon.core.attempt.Waits;
import org.symbolon.core.login.LoginOutcome;
import org.symbolon.core.login.PasswordLogin;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignedInUser;

/** The sign-in page. Sign-out is Spring Security's POST /logout. */
@Controller
class LoginController {

    record LoginForm(String username, String password) {
    }

    private final PasswordLogin passwordLogin;
    private final SessionSignIn signIn;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    LoginController(PasswordLogin passwordLogin, SessionSignIn signIn) {
        this.passwordLogin = passwordLogin;
        this.signIn = signIn;
    }

    @GetMapping("/login")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user != null) {
            return "redirect:/account";
        }
        model.addAttribute("form", new LoginForm("", ""));
        return "login";
    }

    @PostMapping("/login")
    String signIn(LoginForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        LoginOutcome outcome = passwordLogin.attempt(form.username(), form.password());
        if (outcome instanceof LoginOutcome.Authenticated authenticated) {
            SavedRequest saved = requestCache.getRequest(request, response);
            requestCache.removeRequest(request, response);
            signIn.signIn(authenticated.account(), authenticated.after(), request, response);
            return "redirect:" + (saved == null ? "/account" : saved.getRedirectUrl());
        }
        if (outcome instanceof LoginOutcome.SecondFactorRequired required) {
            signIn.beginSecondStep(required.account(), required.after(), request, response);
            return "redirect:/login/second-factor";
        }
        // One message whatever was wrong: the reason stays in the server (OWASP ASVS 6.3.8).
        model.addAttribute("form", new LoginForm(form.username(), ""));
        model.addAttribute("failed", true);
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            // Said of the name typed, whether or not an account has it.
            model.addAttribute("waitSeconds", Waits.seconds(throttled.retryAfter()));
            response.setStatus(429);
            return "login";
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return "login";
    }
}
