package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.attempt.Waits;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondFactorOutcome;
import org.symbolon.core.factor.SecondFactorVerification;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.PendingSignIn;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.webauthn.SecurityKeySignIn;

/**
 * The page after a right password, for an account with a second factor. It asks for the method
 * the user used last; "Try another way" lists the others the user has (and the administrator's
 * bypass code, always).
 */
@Controller
class SecondStepController {

    private final SessionSignIn signIn;
    private final SecondFactorVerification verification;
    private final CurrentPolicy policy;
    private final SecurityKeySignIn securityKeys;

    SecondStepController(SessionSignIn signIn, SecondFactorVerification verification, CurrentPolicy policy,
            SecurityKeySignIn securityKeys) {
        this.securityKeys = securityKeys;
        this.signIn = signIn;
        this.verification = verification;
        this.policy = policy;
    }

    @GetMapping("/login/second-factor")
    String form(@RequestParam(defaultValue = "") String method, Model model, HttpServletRequest request) {
        Optional<PendingSignIn> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        // A link's method that is unknown or turned off falls back to the first the user has.
        Optional<SecondFactorMethod> asked = SecondFactorMethod.fromApiName(method).filter(policy.get()::allows);
        SecondFactorMethod shown = asked.orElseGet(() -> methods(pending.get()).stream().findFirst()
                .orElse(SecondFactorMethod.BYPASS_CODE));
        return show(model, shown, null, pending.get(), request);
    }

    @GetMapping("/login/second-factor/choose")
    String choose(Model model, HttpServletRequest request) {
        Optional<PendingSignIn> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        List<SecondStepPage> choices = new ArrayList<>(methods(pending.get()).stream().map(SecondStepPage::of).toList());
        choices.add(SecondStepPage.of(SecondFactorMethod.BYPASS_CODE));
        model.addAttribute("choices", choices);
        return "second-factor-choose";
    }

    @PostMapping("/login/second-factor")
    String verify(@RequestParam(defaultValue = "totp") String method, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String credential, Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<PendingSignIn> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login?expired";
        }
        // Unlike the page's link, a posted method must be one we know: anything else is a 400.
        SecondFactorMethod chosen = SecondFactorMethod.fromApiName(method)
                .filter(policy.get()::allows)
                .orElseThrow(() -> new InputProblem("method", InputProblem.Reason.NOT_ALLOWED));
        SecondFactorOutcome outcome = chosen == SecondFactorMethod.WEBAUTHN
                ? securityKeys.verify(pending.get().userId(), credential, request.getSession(), Clients.of(request))
                : verification.verify(pending.get().userId(), chosen, code, Clients.of(request));
        if (outcome instanceof SecondFactorOutcome.Verified verified) {
            signIn.signInAfterSecondStep(verified.user(), pending.get(), chosen == SecondFactorMethod.BYPASS_CODE,
                    request, response);
            if (chosen == SecondFactorMethod.RECOVERY_CODE) {
                redirect.addFlashAttribute("recoveryCodesLeft", verified.recoveryCodesLeft());
            }
            return "redirect:/account";
        }
        response.setStatus(outcome instanceof SecondFactorOutcome.Rejected ? 401 : 429);
        return show(model, chosen, outcome, pending.get(), request);
    }

    /** The user's methods the policy allows, the one used last first. One read. */
    private List<SecondFactorMethod> methods(PendingSignIn pending) {
        return verification.methodsOf(pending.userId(), policy.get()::allows);
    }

    private String show(Model model, SecondFactorMethod method, SecondFactorOutcome failure, PendingSignIn pending,
            HttpServletRequest request) {
        model.addAttribute("page", SecondStepPage.of(method));
        if (method == SecondFactorMethod.WEBAUTHN) {
            // A fresh challenge each time the page is shown; the previous one is used up or replaced.
            Optional<String> options = securityKeys.start(pending.userId(), request.getSession());
            if (options.isEmpty()) {
                return show(model, SecondFactorMethod.BYPASS_CODE, failure, pending, request);
            }
            model.addAttribute("securityKey", true);
            model.addAttribute("securityKeyOptions", options.get());
        }
        // E-mail and SMS codes: the page asks for the code and offers to send one; the name picks the messages.
        model.addAttribute("sentCode", method == SecondFactorMethod.EMAIL || method == SecondFactorMethod.SMS
                ? method.apiName() : null);
        if (failure instanceof SecondFactorOutcome.Throttled throttled) {
            model.addAttribute("waitSeconds", Waits.seconds(throttled.retryAfter()));
        } else if (failure instanceof SecondFactorOutcome.Locked) {
            model.addAttribute("locked", true);
        } else if (failure != null) {
            model.addAttribute("failed", true);
        }
        return "second-factor";
    }
}
