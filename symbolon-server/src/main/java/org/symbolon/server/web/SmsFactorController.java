package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
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
import org.symbolon.core.factor.ManagementOutcome;
import org.symbolon.core.factor.SecondFactorManagement;
import org.symbolon.core.sms.PhoneNumber;
import org.symbolon.core.sms.PhoneNumberParser;
import org.symbolon.core.sms.SmsCodeOutcome;
import org.symbolon.core.sms.SmsFactorEnrollment;
import org.symbolon.core.sms.SmsFactorStore;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.SignedInUser;

/**
 * My account → Two-factor authentication → SMS codes: the password and a phone number, then the
 * code texted to it; removing the number asks for the password and a code again.
 */
@Controller
@RequestMapping("/account/two-factor/sms")
class SmsFactorController {

    private static final String PAGE = "two-factor/sms";

    private final SmsFactorEnrollment enrollment;
    private final SmsFactorStore factors;
    private final PhoneNumberParser parser;
    private final SecondFactorManagement management;
    private final AccountAdministration accounts;

    SmsFactorController(SmsFactorEnrollment enrollment, SmsFactorStore factors, PhoneNumberParser parser,
            SecondFactorManagement management, AccountAdministration accounts) {
        this.enrollment = enrollment;
        this.factors = factors;
        this.parser = parser;
        this.management = management;
        this.accounts = accounts;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(model, load(user), null, new FormErrors());
    }

    @PostMapping
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String phone, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        UserAccount account = load(user);
        FormErrors errors = new FormErrors();
        Optional<PhoneNumber> parsed = parser.parse(phone);
        if (parsed.isEmpty()) {
            errors.add("phone", "twoFactor.sms.badNumber");
        } else {
            SmsCodeOutcome outcome = enrollment.start(account, currentPassword, parsed.get(), Clients.of(request));
            if (outcome instanceof SmsCodeOutcome.Sent sent) {
                return page(model, account, sent.maskedPhone(), errors);
            }
            errors.add("currentPassword", refusal(outcome));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("phone", phone.length() > 40 ? "" : phone);
        return page(model, account, null, errors);
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        UserAccount account = load(user);
        if (enrollment.confirm(account, code, Clients.of(request)) instanceof SmsCodeOutcome.Enrolled) {
            redirect.addFlashAttribute("notice", "twoFactor.sms.added");
            return TwoFactorController.OVERVIEW;
        }
        FormErrors errors = new FormErrors();
        errors.add("code", "twoFactor.sms.wrongCode");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, account, "", errors);
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        UserAccount account = load(user);
        ManagementOutcome outcome = management.removeSmsFactor(account, currentPassword, code, Clients.of(request));
        if (outcome instanceof ManagementOutcome.Done || outcome instanceof ManagementOutcome.NotFound) {
            redirect.addFlashAttribute("notice", "twoFactor.sms.removed");
            return TwoFactorController.OVERVIEW;
        }
        FormErrors errors = new FormErrors();
        errors.add("code", outcome instanceof ManagementOutcome.Limited ? "secondFactor.locked"
                : "twoFactor.error.passwordOrCode");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, account, null, errors);
    }

    /** The one message a person sees for each refusal. */
    private static String refusal(SmsCodeOutcome outcome) {
        if (outcome instanceof SmsCodeOutcome.TooSoon) {
            return "twoFactor.sms.tooSoon";
        }
        if (outcome instanceof SmsCodeOutcome.Refused refused) {
            return switch (refused.reason()) {
                case WRONG_PASSWORD -> "error.currentPassword.wrong";
                case ALREADY_ENROLLED -> "twoFactor.sms.exists";
                case NO_PRIMARY_FACTOR -> "twoFactor.sms.primaryFirst";
                case SMS_OFF, NOT_ALLOWED -> "twoFactor.sms.unavailable";
                default -> "twoFactor.sms.notSent";
            };
        }
        return "twoFactor.sms.notSent";
    }

    /** @param sentTo null: ask for a number; otherwise ask for the code (empty when not shown again) */
    private String page(Model model, UserAccount account, String sentTo, FormErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("factor", factors.find(account.id()).orElse(null));
        model.addAttribute("codeSent", sentTo != null);
        model.addAttribute("sentTo", sentTo == null || sentTo.isEmpty() ? null : sentTo);
        model.addAttribute("errors", errors);
        return PAGE;
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow();
    }
}
