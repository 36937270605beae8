package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.email.EmailFactorStore;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondFactorOutcome;
import org.symbolon.core.factor.SecondFactorVerification;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.PendingSignIn;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.security.SessionSignIn;

/** The page after a right password, for an account with a second factor: the code, or a recovery code. */
@Controller
class SecondStepController {

    private final SessionSignIn signIn;
    private final SecondFactorVerification verification;

    private final CurrentPolicy policy;
    private final EmailFactorStore emailFactors;

    SecondStepController(SessionSignIn signIn, SecondFactorVerification verification, CurrentPolicy policy,
            EmailFactorStore emailFactors) {
        this.signIn = signIn;
        this.verification = verification;
        this.policy = policy;
        this.emailFactors = emailFactors;
    }

    @GetMapping("/login/second-factor")
    String form(@RequestParam(defaultValue = "totp") String method, Model model, HttpServletRequest request) {
        Optional<PendingSignIn> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        offerEmail(model, pending.get());
        return show(model, SecondFactorMethod.fromApiName(method).filter(policy.get()::allows)
                .orElse(SecondFactorMethod.TOTP), null);
    }

    @PostMapping("/login/second-factor")
    String verify(@RequestParam(defaultValue = "totp") String method, @RequestParam(defaultValue = "") String code,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<PendingSignIn> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        // Unlike the page's link, a posted method must be one we know: anything else is a 400.
        SecondFactorMethod chosen = SecondFactorMethod.fromApiName(method)
                .filter(policy.get()::allows)
                .orElseThrow(() -> new InputProblem("method", InputProblem.Reason.NOT_ALLOWED));
        SecondFactorOutcome outcome = verification.verify(pending.get().userId(), chosen, code, Clients.of(request));
        if (outcome instanceof SecondFactorOutcome.Verified verified) {
            signIn.signInAfterSecondStep(verified.user(), pending.get(), chosen == SecondFactorMethod.BYPASS_CODE,
                    request, response);
            if (chosen == SecondFactorMethod.RECOVERY_CODE) {
                redirect.addFlashAttribute("recoveryCodesLeft", verified.recoveryCodesLeft());
            }
            return "redirect:/account";
        }
        response.setStatus(outcome instanceof SecondFactorOutcome.Rejected ? 401 : 429);
        offerEmail(model, pending.get());
        return show(model, chosen, outcome);
    }

    /** E-mail codes (4/4): offered where the policy allows them and the user has the factor. */
    private void offerEmail(Model model, PendingSignIn pending) {
        model.addAttribute("emailOffered", policy.get().allows(SecondFactorMethod.EMAIL)
                && emailFactors.find(pending.userId()).isPresent());
    }

    private String show(Model model, SecondFactorMethod method, SecondFactorOutcome failure) {
        model.addAttribute("email", method == SecondFactorMethod.EMAIL);
        model.addAttribute("method", method.apiName());
        model.addAttribute("recovery", method == SecondFactorMethod.RECOVERY_CODE);
        model.addAttribute("bypass", method == SecondFactorMethod.BYPASS_CODE);
        model.addAttribute("recoveryAllowed", policy.get().allows(SecondFactorMethod.RECOVERY_CODE));
        if (failure instanceof SecondFactorOutcome.Throttled throttled) {
            model.addAttribute("waitSeconds", Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000));
        } else if (failure instanceof SecondFactorOutcome.Locked) {
            model.addAttribute("locked", true);
        } else if (failure != null) {
            model.addAttribute("failed", true);
        }
        return "second-factor";
    }
}
