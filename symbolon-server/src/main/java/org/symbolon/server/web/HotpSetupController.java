package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
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
import org.symbolon.core.factor.EnrollmentOutcome;
import org.symbolon.core.factor.HotpEnrollment;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.factor.QrCodeSvg;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignedInUser;
import org.symbolon.server.web.TwoFactorSessionSecrets.FreshCodes;
import org.symbolon.server.web.TwoFactorSessionSecrets.PendingTokenKey;

/**
 * Setting up a hardware token (HOTP) in two steps, as an authenticator app: the password, a name
 * and, for a token that came programmed, its key; then the key (to program, scan or check) and a
 * code of the token. The pending key is kept sealed in the session between the two steps, for the
 * reasons {@link TwoFactorSetupController} gives.
 */
@Controller
@RequestMapping("/account/two-factor/tokens/new")
class HotpSetupController {

    static final String STEP_ONE = "redirect:/account/two-factor/tokens/new";
    private static final String STEP_TWO = "redirect:/account/two-factor/tokens/new/key";

    private final HotpEnrollment enrollment;
    private final AccountAdministration accounts;
    private final TwoFactorSessionSecrets kept;
    private final MessageSource messages;
    private final SessionSignIn signIn;
    private final Clock clock;

    HotpSetupController(HotpEnrollment enrollment, AccountAdministration accounts, TwoFactorSessionSecrets kept,
            MessageSource messages, SessionSignIn signIn, Clock clock) {
        this.signIn = signIn;
        this.enrollment = enrollment;
        this.accounts = accounts;
        this.kept = kept;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String stepOne(@AuthenticationPrincipal SignedInUser user, Model model) {
        return showStepOne(model, load(user), "", new FormErrors());
    }

    @PostMapping
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String tokenName, @RequestParam(defaultValue = "") String tokenKey,
            HttpSession session, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = load(user);
        FormErrors errors = new FormErrors();
        EnrollmentOutcome outcome = null;
        try {
            outcome = enrollment.start(account, currentPassword, tokenName, tokenKey);
        } catch (InputProblem problem) {
            // A malformed name or key becomes an error on its own field; the key is never shown again.
            errors.add(problem.field().equals("secret") ? "tokenKey" : "tokenName",
                    "error.input." + problem.reason().name(), problem.limit());
        }
        if (outcome instanceof EnrollmentOutcome.TokenStarted started) {
            kept.keepTokenKey(session, account.id(), PendingTokenKey.of(started));
            return STEP_TWO;
        }
        if (outcome instanceof EnrollmentOutcome.Refused refused && refused.refusal() != EnrollmentOutcome.Refusal.WRONG_PASSWORD) {
            redirect.addFlashAttribute("problem", refused.refusal() == EnrollmentOutcome.Refusal.TOO_MANY
                    ? "twoFactor.setup.tooMany" : "twoFactor.tokens.turnedOff");
            return TwoFactorController.OVERVIEW;
        }
        if (outcome != null) {
            errors.add("currentPassword", "error.currentPassword.wrong");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showStepOne(model, account, tokenName, errors);
    }

    @GetMapping("/key")
    String stepTwo(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) {
        UserAccount account = load(user);
        Optional<PendingTokenKey> key = current(session, account, redirect);
        if (key.isEmpty()) {
            return STEP_ONE;
        }
        return showStepTwo(model, account, key.get(), locale, new FormErrors());
    }

    @PostMapping("/key")
    String activate(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String oneTimeCode,
            HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        UserAccount account = load(user);
        HttpSession session = request.getSession();
        Optional<PendingTokenKey> key = current(session, account, redirect);
        if (key.isEmpty()) {
            return STEP_ONE;
        }
        EnrollmentOutcome outcome = enrollment.activate(account, key.get().publicId(), oneTimeCode, Clients.of(request));
        if (outcome instanceof EnrollmentOutcome.Activated activated) {
            kept.forgetTokenKey(session);
            // A token fulfils an enrollment that the policy requires, as an app does.
            signIn.enrolled(request, response);
            redirect.addFlashAttribute("notice", "twoFactor.tokens.done");
            if (activated.recoveryCodes().isEmpty()) {
                return TwoFactorController.OVERVIEW;
            }
            kept.keepRecoveryCodes(session, account.id(), new FreshCodes(activated.recoveryCodes(), clock.instant()));
            return TwoFactorRecoveryCodesController.CODES;
        }
        EnrollmentOutcome.Refusal refusal = ((EnrollmentOutcome.Refused) outcome).refusal();
        if (refusal != EnrollmentOutcome.Refusal.WRONG_CODE) {
            kept.forgetTokenKey(session);
            redirect.addFlashAttribute("problem", refusal == EnrollmentOutcome.Refusal.TOO_MANY
                    ? "twoFactor.setup.tooMany" : "twoFactor.setup.expired");
            return STEP_ONE;
        }
        FormErrors errors = new FormErrors();
        errors.add("oneTimeCode", "twoFactor.tokens.wrongCode");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showStepTwo(model, account, key.get(), locale, errors);
    }

    private Optional<PendingTokenKey> current(HttpSession session, UserAccount account, RedirectAttributes redirect) {
        Optional<PendingTokenKey> key = kept.tokenKey(session, account.id());
        if (key.isPresent() && key.get().expired(clock.instant())) {
            kept.forgetTokenKey(session);
            redirect.addFlashAttribute("problem", "twoFactor.setup.expired");
            return Optional.empty();
        }
        return key;
    }

    private String showStepOne(Model model, UserAccount account, String name, FormErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("tokenName", name);
        model.addAttribute("validMinutes", TotpEnrollment.PENDING_VALIDITY.toMinutes());
        model.addAttribute("errors", errors);
        return "two-factor/setup-token";
    }

    private String showStepTwo(Model model, UserAccount account, PendingTokenKey key, Locale locale, FormErrors errors) {
        String username = account.username().value();
        model.addAttribute("accountName", username);
        model.addAttribute("groupedKey", key.secret().grouped());
        model.addAttribute("qrSvg", QrCodeSvg.render(key.otpauthUri(),
                messages.getMessage("twoFactor.tokens.qr", new Object[] {username}, locale)));
        model.addAttribute("expiresAt", key.expiresAt());
        model.addAttribute("errors", errors);
        return "two-factor/setup-token-key";
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new IllegalStateException("signed-in user vanished"));
    }
}
