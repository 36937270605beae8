package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.factor.Reconfirmation;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondFactorOutcome;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.EnrollmentPostponement;
import org.symbolon.server.security.RecentConfirmation;
import org.symbolon.server.security.SignedInUser;

/** Putting off a required enrollment within its grace period, and an administrator confirming again. */
@Controller
class SignInTasksController {

    /** Percent-encoded paths and queries of the admin console, nothing else. */
    private static final Pattern SAFE_NEXT = Pattern.compile("/admin/[A-Za-z0-9/_.~%?=&-]{0,500}");

    private final AccountAdministration accounts;
    private final Reconfirmation reconfirmation;
    private final RecentConfirmation confirmations;
    private final EnrollmentPostponement postponement;

    SignInTasksController(AccountAdministration accounts, Reconfirmation reconfirmation,
            RecentConfirmation confirmations, EnrollmentPostponement postponement) {
        this.accounts = accounts;
        this.reconfirmation = reconfirmation;
        this.confirmations = confirmations;
        this.postponement = postponement;
    }

    @PostMapping("/login/enrollment/skip")
    String skipEnrollment(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
            HttpServletResponse response) {
        return postponement.postpone(load(user), request, response) ? "redirect:/account"
                : "redirect:/account/two-factor/setup";
    }

    @GetMapping("/admin/confirm")
    String confirmForm(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String next,
            @RequestParam(defaultValue = "totp") String method, Model model) {
        return show(model, load(user), safe(next), method, false);
    }

    @PostMapping("/admin/confirm")
    String confirm(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String next,
            @RequestParam(defaultValue = "totp") String method, @RequestParam(defaultValue = "") String code,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        UserAccount account = load(user);
        SecondFactorMethod chosen = reconfirmation.usesSecondFactor(account)
                ? SecondFactorMethod.fromApiName(method).orElse(SecondFactorMethod.TOTP) : null;
        SecondFactorOutcome outcome = reconfirmation.confirm(account, chosen, code, Clients.of(request));
        if (outcome instanceof SecondFactorOutcome.Verified) {
            confirmations.confirmed(request);
            return "redirect:" + safe(next);
        }
        response.setStatus(outcome instanceof SecondFactorOutcome.Throttled ? 429 : 401);
        model.addAttribute("locked", outcome instanceof SecondFactorOutcome.Locked);
        return show(model, account, safe(next), method, true);
    }

    private String show(Model model, UserAccount account, String next, String method, boolean failed) {
        boolean secondFactor = reconfirmation.usesSecondFactor(account);
        model.addAttribute("next", next);
        model.addAttribute("secondFactor", secondFactor);
        model.addAttribute("recovery", secondFactor && "recovery_code".equals(method));
        model.addAttribute("failed", failed);
        return "confirm-admin";
    }

    /** Only a page of the admin console: never an address elsewhere (an open redirect), nor a way out by "..". */
    private static String safe(String next) {
        return SAFE_NEXT.matcher(next).matches() && !next.contains("..") && !next.contains("//")
                && !next.startsWith("/admin/confirm") ? next : "/admin/users";
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new IllegalStateException("signed-in user vanished"));
    }
}
