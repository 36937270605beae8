package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.AccountSelfService;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.Username;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignInTasks;
import org.symbolon.server.security.SignedInUser;

/**
 * The page a user is kept on after an administrator reset the password: the administrator knows
 * that one, so the user chooses another before anything else.
 */
@Controller
class NewPasswordController {

    private static final String PAGE = "/login/new-password";

    private final AccountSelfService selfService;
    private final SessionSignIn signIn;

    NewPasswordController(AccountSelfService selfService, SessionSignIn signIn) {
        this.selfService = selfService;
        this.signIn = signIn;
    }

    @GetMapping(PAGE)
    String form(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        if (!signIn.tasks(request).map(SignInTasks::changePassword).orElse(false)) {
            return "redirect:/account";
        }
        return show(model, user, new FormErrors());
    }

    @PostMapping(PAGE)
    String change(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, HttpSession session, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        AccountOutcome outcome = selfService.changePassword(new Username(user.username()), currentPassword, newPassword,
                session.getId());
        if (outcome instanceof AccountOutcome.Done) {
            signIn.passwordChanged(request, response);
            return "redirect:/account";
        }
        FormErrors errors = FormErrors.ofPasswordChange(outcome);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, user, errors);
    }

    private static String show(Model model, SignedInUser user, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", PasswordPolicy.minLength(user.isAdmin() ? Role.ADMIN : Role.USER));
        return "new-password";
    }
}
