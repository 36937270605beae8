package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.Username;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.core.login.AfterSignIn;
import org.symbolon.core.policy.EnrollmentDue;
import org.symbolon.core.policy.TwoFactorRule;
import org.symbolon.core.policy.TwoFactorStanding;
import org.symbolon.core.setup.FirstAdminSetup;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.security.SessionSignIn;

/** The page behind the one-time set-up link: it creates the first administrator and signs them in. */
@Controller
class SetupController {

    record SetupForm(String token, String username, String displayName, String email, String password) {
    }

    private final FirstAdminSetup setup;
    private final AccountAdministration accounts;
    private final SessionSignIn signIn;
    private final CurrentPolicy policy;
    private final Clock clock;

    SetupController(FirstAdminSetup setup, AccountAdministration accounts, SessionSignIn signIn, CurrentPolicy policy,
            Clock clock) {
        this.setup = setup;
        this.accounts = accounts;
        this.signIn = signIn;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/setup")
    String form(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        if (!setup.isValid(token)) {
            return invalidLink(response);
        }
        model.addAttribute("form", new SetupForm(token, "", "", "", ""));
        return showForm(model, new FormErrors());
    }

    @PostMapping("/setup")
    String create(SetupForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!setup.isValid(form.token())) {
            return invalidLink(response);
        }
        FormErrors errors = new FormErrors();
        Username username = errors.check("username", () -> new Username(form.username()));
        DisplayName displayName = errors.check("displayName", () -> new DisplayName(form.displayName()));
        Optional<EmailAddress> email = errors.check("email", () -> EmailAddress.optional(form.email()));
        if (!errors.any()) {
            AccountOutcome outcome = accounts.createFirstAdmin(
                    new NewUserRequest(username, displayName, email, Role.ADMIN, form.password()));
            if (outcome instanceof AccountOutcome.Done done) {
                setup.spend();
                // The shipped policy requires a second factor of administrators: the first one
                // sets it up now, as at any sign-in, before reaching the console.
                EnrollmentDue due = policy.get().enrollmentDue(
                        new TwoFactorStanding(true, TwoFactorRule.POLICY, false, null), false, clock.instant());
                signIn.signIn(done.account(), new AfterSignIn(false, due), request, response);
                return "redirect:/admin/users?welcome";
            }
            if (outcome instanceof AccountOutcome.Refused) {
                return invalidLink(response);
            }
            errors.addPassword("password", ((AccountOutcome.PasswordRefused) outcome).verdict());
        }
        model.addAttribute("form", new SetupForm(form.token(), form.username(), form.displayName(), form.email(), ""));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showForm(model, errors);
    }

    private String showForm(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", PasswordPolicy.ADMIN_MIN_LENGTH);
        return "setup";
    }

    private static String invalidLink(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "setup-invalid";
    }
}
