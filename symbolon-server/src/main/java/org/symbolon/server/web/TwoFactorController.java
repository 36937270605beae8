package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.attempt.Waits;
import org.symbolon.core.factor.FactorOverview;
import org.symbolon.core.factor.ManagementOutcome;
import org.symbolon.core.factor.SecondFactorManagement;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.factor.SecondFactorOutcome;
import org.symbolon.core.factor.StoredTotpCredential;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.security.Clients;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.security.SignedInUser;
import org.symbolon.server.web.TwoFactorSessionSecrets.FreshCodes;

/**
 * The two-factor page of "My account": what is set up, and the changes that need the password
 * again. Taking a factor away needs a current code or a recovery code as well; the core decides,
 * and every refusal reads the same.
 */
@Controller
@RequestMapping("/account/two-factor")
class TwoFactorController {

    static final String OVERVIEW = "redirect:/account/two-factor";

    /** What a confirmation page is for; names its messages and its form. */
    enum Purpose {
        REGENERATE("regenerate", false),
        REMOVE("remove", true),
        REMOVE_TOKEN("removeToken", true),
        DISABLE("disable", true);

        final String messagePrefix;
        final boolean asksCode;

        Purpose(String name, boolean asksCode) {
            this.messagePrefix = "twoFactor." + name;
            this.asksCode = asksCode;
        }
    }

    private final SecondFactorManagement management;
    private final AccountAdministration accounts;
    private final TwoFactorSessionSecrets kept;
    private final Clock clock;
    private final CurrentPolicy policy;

    TwoFactorController(SecondFactorManagement management, AccountAdministration accounts,
            TwoFactorSessionSecrets kept, Clock clock, CurrentPolicy policy) {
        this.policy = policy;
        this.management = management;
        this.accounts = accounts;
        this.kept = kept;
        this.clock = clock;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
        UserAccount account = load(user);
        model.addAttribute("overview", management.overview(account));
        model.addAttribute("maxAuthenticators", TotpEnrollment.MAX_AUTHENTICATORS);
        model.addAttribute("totpAllowed", policy.get().allows(SecondFactorMethod.TOTP));
        model.addAttribute("hotpAllowed", policy.get().allows(SecondFactorMethod.HOTP));
        model.addAttribute("emailCodesAllowed", policy.get().allows(SecondFactorMethod.EMAIL));
        model.addAttribute("smsCodesAllowed", policy.get().allows(SecondFactorMethod.SMS));
        model.addAttribute("unsavedCodes", kept.recoveryCodes(session, account.id())
                .filter(fresh -> !fresh.expired(clock.instant())).isPresent());
        return "two-factor/overview";
    }

    @GetMapping("/recovery-codes/new")
    String regenerateForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        UserAccount account = load(user);
        if (!management.overview(account).hasSecondFactor()) {
            return OVERVIEW;
        }
        return confirm(model, account, Purpose.REGENERATE, "/account/two-factor/recovery-codes/new", null, new FormErrors());
    }

    @PostMapping("/recovery-codes/new")
    String regenerate(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String currentPassword,
            HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = load(user);
        if (!management.overview(account).hasSecondFactor()) {
            return OVERVIEW;
        }
        ManagementOutcome outcome = management.regenerateRecoveryCodes(account, currentPassword, Clients.of(request));
        if (outcome instanceof ManagementOutcome.NewRecoveryCodes fresh && fresh.codes().isEmpty()) {
            redirect.addFlashAttribute("problem", "twoFactor.recoveryCodes.off");
            return OVERVIEW;
        }
        if (outcome instanceof ManagementOutcome.NewRecoveryCodes fresh) {
            kept.keepRecoveryCodes(request.getSession(), account.id(), new FreshCodes(fresh.codes(), clock.instant()));
            redirect.addFlashAttribute("notice", "twoFactor.regenerate.done");
            return TwoFactorRecoveryCodesController.CODES;
        }
        FormErrors errors = new FormErrors();
        errors.add("currentPassword", "error.currentPassword.wrong");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return confirm(model, account, Purpose.REGENERATE, "/account/two-factor/recovery-codes/new", null, errors);
    }

    @GetMapping("/authenticators/{id}/remove")
    String removeForm(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model,
            RedirectAttributes redirect) {
        UserAccount account = load(user);
        Optional<StoredTotpCredential> authenticator = find(account, id);
        if (authenticator.isEmpty()) {
            redirect.addFlashAttribute("problem", "twoFactor.remove.notFound");
            return OVERVIEW;
        }
        return confirm(model, account, Purpose.REMOVE, removeAction(id), authenticator.get().name(), new FormErrors());
    }

    @PostMapping("/authenticators/{id}/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String oneTimeCode,
            HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = load(user);
        Optional<StoredTotpCredential> authenticator = find(account, id);
        ManagementOutcome outcome = management.remove(account, id, currentPassword, oneTimeCode, Clients.of(request));
        if (outcome instanceof ManagementOutcome.Done) {
            boolean last = !management.overview(account).hasSecondFactor();
            if (last) {
                // The recovery codes went with the last authenticator.
                kept.forgetRecoveryCodes(request.getSession());
            }
            redirect.addFlashAttribute("notice", last ? "twoFactor.remove.doneLast" : "twoFactor.remove.done");
            return OVERVIEW;
        }
        if (outcome instanceof ManagementOutcome.NotFound || authenticator.isEmpty()) {
            redirect.addFlashAttribute("problem", "twoFactor.remove.notFound");
            return OVERVIEW;
        }
        return refused(model, account, Purpose.REMOVE, removeAction(id), authenticator.get().name(), outcome, response);
    }

    @GetMapping("/disable")
    String disableForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        UserAccount account = load(user);
        if (!management.overview(account).hasSecondFactor()) {
            return OVERVIEW;
        }
        return confirm(model, account, Purpose.DISABLE, "/account/two-factor/disable", null, new FormErrors());
    }

    @PostMapping("/disable")
    String disable(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String oneTimeCode, HttpServletRequest request, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = load(user);
        if (!management.overview(account).hasSecondFactor()) {
            return OVERVIEW;
        }
        ManagementOutcome outcome = management.disable(account, currentPassword, oneTimeCode, Clients.of(request));
        if (outcome instanceof ManagementOutcome.Done) {
            // Codes shown a moment ago belong to a set that no longer exists.
            kept.forgetRecoveryCodes(request.getSession());
            redirect.addFlashAttribute("notice", "twoFactor.disable.done");
            return OVERVIEW;
        }
        return refused(model, account, Purpose.DISABLE, "/account/two-factor/disable", null, outcome, response);
    }

    /** The page again, with one message whatever was wrong, or the wait that the attempt limit asks. */
    static String refused(Model model, UserAccount account, Purpose purpose, String action, String name,
            ManagementOutcome outcome, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        if (outcome instanceof ManagementOutcome.Limited limited) {
            response.setStatus(429);
            if (limited.outcome() instanceof SecondFactorOutcome.Throttled throttled) {
                model.addAttribute("waitSeconds", Waits.seconds(throttled.retryAfter()));
            } else {
                model.addAttribute("locked", true);
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors.add("currentPassword", "twoFactor.error.passwordOrCode");
        }
        return confirm(model, account, purpose, action, name, errors);
    }

    static String confirm(Model model, UserAccount account, Purpose purpose, String action, String name,
            FormErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("purpose", purpose.messagePrefix);
        model.addAttribute("asksCode", purpose.asksCode);
        model.addAttribute("danger", purpose != Purpose.REGENERATE);
        model.addAttribute("action", action);
        model.addAttribute("authenticatorName", name);
        model.addAttribute("errors", errors);
        return "two-factor/confirm";
    }

    private Optional<StoredTotpCredential> find(UserAccount account, String publicId) {
        FactorOverview overview = management.overview(account);
        return overview.authenticators().stream().filter(credential -> credential.publicId().equals(publicId)).findFirst();
    }

    private static String removeAction(String id) {
        return "/account/two-factor/authenticators/" + id + "/remove";
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new IllegalStateException("signed-in user vanished"));
    }
}
