package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.AccountSelfService;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.ProfileChange;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.server.security.SignedInUser;

/** "My account": the profile and the password of the signed-in user. */
@Controller
class AccountController {

    record ProfileForm(String displayName, String email) {
    }

    record PasswordForm(String currentPassword, String newPassword) {
    }

    private final AccountSelfService selfService;
    private final AccountAdministration accounts;

    AccountController(AccountSelfService selfService, AccountAdministration accounts) {
        this.selfService = selfService;
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        UserAccount account = load(user);
        model.addAttribute("profile", new ProfileForm(account.displayName().value(),
                account.email().map(EmailAddress::value).orElse("")));
        return show(model, account, new FormErrors());
    }

    @PostMapping("/account/profile")
    String changeProfile(@AuthenticationPrincipal SignedInUser user, ProfileForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        DisplayName displayName = errors.check("displayName", () -> new DisplayName(form.displayName()));
        Optional<EmailAddress> email = errors.check("email", () -> EmailAddress.optional(form.email()));
        if (errors.any()) {
            model.addAttribute("profile", form);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, load(user), errors);
        }
        selfService.changeProfile(username(user), new ProfileChange(displayName, email));
        redirect.addFlashAttribute("notice", "account.profile.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user, PasswordForm form, HttpSession session,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AccountOutcome outcome = selfService.changePassword(
                username(user), form.currentPassword(), form.newPassword(), session.getId());
        if (outcome instanceof AccountOutcome.Done) {
            redirect.addFlashAttribute("notice", "account.password.changed");
            return "redirect:/account";
        }
        FormErrors errors = FormErrors.ofPasswordChange(outcome);
        UserAccount account = load(user);
        model.addAttribute("profile", new ProfileForm(account.displayName().value(),
                account.email().map(EmailAddress::value).orElse("")));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, account, errors);
    }

    private String show(Model model, UserAccount account, FormErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", PasswordPolicy.minLength(account.role()));
        return "account";
    }

    private UserAccount load(SignedInUser user) {
        // The session outlives nothing: a deleted account's sessions are ended with it.
        return accounts.find(username(user)).orElseThrow(() -> new IllegalStateException("signed-in user vanished"));
    }

    private static Username username(SignedInUser user) {
        return new Username(user.username());
    }
}
