package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.email.EmailCodeOutcome;
import org.symbolon.core.email.EmailFactorEnrollment;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.SignedInUser;

/**
 * My account → Two-factor authentication → E-mail codes: the password, then the code mailed to the
 * account's address, and the address is a factor.
 */
@Controller
@RequestMapping("/account/two-factor/email")
class EmailFactorController {

    private static final String PAGE = "two-factor/email";

    private final EmailFactorEnrollment enrollment;
    private final EmailFactorStore factors;
    private final AccountAdministration accounts;

    EmailFactorController(EmailFactorEnrollment enrollment, EmailFactorStore factors, AccountAdministration accounts) {
        this.enrollment = enrollment;
        this.factors = factors;
        this.accounts = accounts;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(model, load(user), false, null, new FormErrors());
    }

    @PostMapping
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String currentPassword,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        UserAccount account = load(user);
        EmailCodeOutcome outcome = enrollment.start(account, currentPassword, Clients.of(request));
        if (outcome instanceof EmailCodeOutcome.Sent sent) {
            return page(model, account, true, sent.maskedAddress(), new FormErrors());
        }
        FormErrors errors = new FormErrors();
        if (outcome instanceof EmailCodeOutcome.Refused refused
                && refused.reason() == EmailCodeOutcome.Reason.WRONG_PASSWORD) {
            errors.add("currentPassword", "error.currentPassword.wrong");
        } else {
            errors.add("currentPassword", refusal(outcome));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, account, false, null, errors);
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        UserAccount account = load(user);
        EmailCodeOutcome outcome = enrollment.confirm(account, code, Clients.of(request));
        if (outcome instanceof EmailCodeOutcome.Enrolled) {
            redirect.addFlashAttribute("notice", "twoFactor.email.added");
            return TwoFactorController.OVERVIEW;
        }
        FormErrors errors = new FormErrors();
        errors.add("code", "twoFactor.email.wrongCode");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, account, true, null, errors);
    }

    /** The one message a person sees for each refusal other than a wrong password. */
    private static String refusal(EmailCodeOutcome outcome) {
        if (outcome instanceof EmailCodeOutcome.TooSoon) {
            return "twoFactor.email.tooSoon";
        }
        if (outcome instanceof EmailCodeOutcome.Refused refused) {
            return switch (refused.reason()) {
                case NO_ADDRESS -> "twoFactor.email.noAddress";
                case ALREADY_ENROLLED -> "twoFactor.email.exists";
                case NO_PRIMARY_FACTOR -> "twoFactor.email.primaryFirst";
                case MAIL_OFF, NOT_ALLOWED -> "twoFactor.email.unavailable";
                default -> "twoFactor.email.notSent";
            };
        }
        return "twoFactor.email.notSent";
    }

    private String page(Model model, UserAccount account, boolean codeSent, String sentTo, FormErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("factor", factors.find(account.id()).orElse(null));
        model.addAttribute("codeSent", codeSent);
        model.addAttribute("sentTo", sentTo);
        model.addAttribute("errors", errors);
        return PAGE;
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow();
    }
}
