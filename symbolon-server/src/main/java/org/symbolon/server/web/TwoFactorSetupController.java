package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.server.factor.QrCodeSvg;
import org.symbolon.server.security.Clients;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignInTasks;
import org.symbolon.server.security.SignedInUser;
import org.symbolon.server.web.TwoFactorSessionSecrets.FreshCodes;
import org.symbolon.server.web.TwoFactorSessionSecrets.PendingKey;

/**
 * Setting up an authenticator app in two steps: the password (and a name), then the key as a QR
 * code and typed out, and the first code from the app.
 *
 * <p>The core returns the key only once, from the first step. Rather than showing the second step
 * as the answer to that POST (which a reload would post again, starting another enrollment), the
 * key is kept sealed in the session for as long as the pending enrollment lives, ten minutes
 * ({@link TotpEnrollment#PENDING_VALIDITY}), and the page is a GET after a redirect. The key is
 * removed when the app is activated, when the time is up, or when the core no longer knows it.
 */
@Controller
@RequestMapping("/account/two-factor/setup")
class TwoFactorSetupController {

    static final String STEP_ONE = "redirect:/account/two-factor/setup";
    private static final String STEP_TWO = "redirect:/account/two-factor/setup/app";

    private final TotpEnrollment enrollment;
    private final AccountAdministration accounts;
    private final TwoFactorSessionSecrets kept;
    private final MessageSource messages;
    private final SessionSignIn signIn;
    private final CurrentPolicy policy;
    private final Clock clock;

    TwoFactorSetupController(TotpEnrollment enrollment, AccountAdministration accounts, TwoFactorSessionSecrets kept,
            MessageSource messages, SessionSignIn signIn, CurrentPolicy policy, Clock clock) {
        this.policy = policy;
        this.signIn = signIn;
        this.enrollment = enrollment;
        this.accounts = accounts;
        this.kept = kept;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String stepOne(@AuthenticationPrincipal SignedInUser user, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!policy.get().allows(SecondFactorMethod.TOTP)) {
            return turnedOff(redirect);
        }
        return showStepOne(model, load(user), "", new FormErrors(), request);
    }

    @PostMapping
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String authenticatorName, HttpSession session, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        UserAccount account = load(user);
        FormErrors errors = new FormErrors();
        // Right after a sign-in that requires enrollment, the password was just typed: not again.
        boolean required = enrollmentRequired(request);
        EnrollmentOutcome outcome = errors.check("authenticatorName", () -> required
                ? enrollment.startAfterSignIn(account, authenticatorName)
                : enrollment.start(account, currentPassword, authenticatorName));
        if (outcome instanceof EnrollmentOutcome.Started started) {
            kept.keepKey(session, account.id(), PendingKey.of(started));
            return STEP_TWO;
        }
        if (outcome instanceof EnrollmentOutcome.Refused refused
                && refused.refusal() == EnrollmentOutcome.Refusal.METHOD_TURNED_OFF) {
            return turnedOff(redirect);
        }
        if (outcome instanceof EnrollmentOutcome.Refused refused && refused.refusal() == EnrollmentOutcome.Refusal.TOO_MANY) {
            redirect.addFlashAttribute("problem", "twoFactor.setup.tooMany");
            return TwoFactorController.OVERVIEW;
        }
        if (outcome != null) {
            errors.add("currentPassword", "error.currentPassword.wrong");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showStepOne(model, account, authenticatorName, errors, request);
    }

    @GetMapping("/app")
    String stepTwo(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model, Locale locale,
            RedirectAttributes redirect) {
        UserAccount account = load(user);
        Optional<PendingKey> key = current(session, account, redirect);
        if (key.isEmpty()) {
            return STEP_ONE;
        }
        return showStepTwo(model, account, key.get(), locale, new FormErrors());
    }

    @PostMapping("/app")
    String activate(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String oneTimeCode,
            HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        UserAccount account = load(user);
        HttpSession session = request.getSession();
        Optional<PendingKey> key = current(session, account, redirect);
        if (key.isEmpty()) {
            return STEP_ONE;
        }
        EnrollmentOutcome outcome = enrollment.activate(account, key.get().publicId(), oneTimeCode, Clients.of(request));
        if (outcome instanceof EnrollmentOutcome.Activated activated) {
            kept.forgetKey(session);
            signIn.enrolled(request, response);
            if (activated.recoveryCodes().isEmpty()) {
                // The policy turned recovery codes off: nothing to show and save.
                redirect.addFlashAttribute("notice", "twoFactor.setup.done");
                return TwoFactorController.OVERVIEW;
            }
            kept.keepRecoveryCodes(request.getSession(), account.id(),
                    new FreshCodes(activated.recoveryCodes(), clock.instant()));
            redirect.addFlashAttribute("notice", "twoFactor.setup.done");
            return TwoFactorRecoveryCodesController.CODES;
        }
        EnrollmentOutcome.Refusal refusal = ((EnrollmentOutcome.Refused) outcome).refusal();
        if (refusal != EnrollmentOutcome.Refusal.WRONG_CODE) {
            // Expired or gone in the core, though not yet here: the key is of no use any more.
            kept.forgetKey(session);
            redirect.addFlashAttribute("problem", refusal == EnrollmentOutcome.Refusal.TOO_MANY
                    ? "twoFactor.setup.tooMany" : "twoFactor.setup.expired");
            return STEP_ONE;
        }
        FormErrors errors = new FormErrors();
        errors.add("oneTimeCode", "twoFactor.setup.wrongCode");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showStepTwo(model, account, key.get(), locale, errors);
    }

    /** The kept key while it is valid; an expired one is removed, and the person told why they start again. */
    private Optional<PendingKey> current(HttpSession session, UserAccount account, RedirectAttributes redirect) {
        Optional<PendingKey> key = kept.key(session, account.id());
        if (key.isPresent() && key.get().expired(clock.instant())) {
            kept.forgetKey(session);
            redirect.addFlashAttribute("problem", "twoFactor.setup.expired");
            return Optional.empty();
        }
        return key;
    }

    /**
     * An administrator turned apps off: hardware tokens are then on (the policy keeps one of the
     * two), and their set-up takes over, also for an enrollment that the policy requires.
     */
    private static String turnedOff(RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", "twoFactor.setup.appsTurnedOff");
        return HotpSetupController.STEP_ONE;
    }

    private boolean enrollmentRequired(HttpServletRequest request) {
        return signIn.tasks(request).map(SignInTasks::enroll).orElse(false);
    }

    private String showStepOne(Model model, UserAccount account, String name, FormErrors errors,
            HttpServletRequest request) {
        Optional<SignInTasks> tasks = signIn.tasks(request).filter(SignInTasks::enroll);
        model.addAttribute("required", tasks.isPresent());
        tasks.filter(task -> task.maySkipEnrollment(clock.instant())).ifPresent(task -> {
            model.addAttribute("deadline", task.enrollmentDeadline().atOffset(java.time.ZoneOffset.UTC).toLocalDate());
            model.addAttribute("daysLeft", Math.max(1,
                    (java.time.Duration.between(clock.instant(), task.enrollmentDeadline()).toHours() + 23) / 24));
        });
        model.addAttribute("account", account);
        model.addAttribute("hotpAllowed", policy.get().allows(SecondFactorMethod.HOTP));
        model.addAttribute("webauthnAllowed", policy.get().allows(SecondFactorMethod.WEBAUTHN));
        model.addAttribute("authenticatorName", name);
        model.addAttribute("validMinutes", TotpEnrollment.PENDING_VALIDITY.toMinutes());
        model.addAttribute("errors", errors);
        return "two-factor/setup";
    }

    private String showStepTwo(Model model, UserAccount account, PendingKey key, Locale locale, FormErrors errors) {
        // Whole seconds: what the page shows, and a valid datetime attribute.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String username = account.username().value();
        model.addAttribute("accountName", username);
        model.addAttribute("groupedKey", key.secret().grouped());
        model.addAttribute("qrSvg", QrCodeSvg.render(key.otpauthUri(),
                messages.getMessage("twoFactor.setup.qr", new Object[] {username}, locale)));
        model.addAttribute("settings", key.settings());
        model.addAttribute("defaultSettings", key.settings().equals(TotpSettings.DEFAULT));
        model.addAttribute("serverTime", now);
        model.addAttribute("expiresAt", key.expiresAt());
        model.addAttribute("errors", errors);
        return "two-factor/setup-app";
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new IllegalStateException("signed-in user vanished"));
    }
}
