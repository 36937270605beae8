package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.symbolon.core.factor.HotpResynchronization;
import org.symbolon.core.factor.ManagementOutcome;
import org.symbolon.core.factor.SecondFactorManagement;
import org.symbolon.core.factor.SecondFactorOutcome;
import org.symbolon.core.factor.StoredHotpToken;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.SignedInUser;

/**
 * Removing a hardware token (the password and a code, as for an app) and resynchronising one that
 * was pressed too often without signing in (the password and two consecutive codes, RFC 4226 §7.4).
 */
@Controller
@RequestMapping("/account/two-factor/tokens/{id}")
class HotpTokenController {

    private final SecondFactorManagement management;
    private final HotpResynchronization resynchronization;
    private final AccountAdministration accounts;
    private final TwoFactorSessionSecrets kept;

    HotpTokenController(SecondFactorManagement management, HotpResynchronization resynchronization,
            AccountAdministration accounts, TwoFactorSessionSecrets kept) {
        this.management = management;
        this.resynchronization = resynchronization;
        this.accounts = accounts;
        this.kept = kept;
    }

    @GetMapping("/remove")
    String removeForm(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model,
            RedirectAttributes redirect) {
        UserAccount account = load(user);
        Optional<StoredHotpToken> token = find(account, id);
        if (token.isEmpty()) {
            redirect.addFlashAttribute("problem", "twoFactor.removeToken.notFound");
            return TwoFactorController.OVERVIEW;
        }
        return TwoFactorController.confirm(model, account, TwoFactorController.Purpose.REMOVE_TOKEN, removeAction(id),
                token.get().name(), new FormErrors());
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String oneTimeCode,
            HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = load(user);
        Optional<StoredHotpToken> token = find(account, id);
        ManagementOutcome outcome = management.removeToken(account, id, currentPassword, oneTimeCode, Clients.of(request));
        if (outcome instanceof ManagementOutcome.Done) {
            boolean last = !management.overview(account).hasSecondFactor();
            if (last) {
                kept.forgetRecoveryCodes(request.getSession());
            }
            redirect.addFlashAttribute("notice", last ? "twoFactor.removeToken.doneLast" : "twoFactor.removeToken.done");
            return TwoFactorController.OVERVIEW;
        }
        if (outcome instanceof ManagementOutcome.NotFound || token.isEmpty()) {
            redirect.addFlashAttribute("problem", "twoFactor.removeToken.notFound");
            return TwoFactorController.OVERVIEW;
        }
        return TwoFactorController.refused(model, account, TwoFactorController.Purpose.REMOVE_TOKEN, removeAction(id),
                token.get().name(), outcome, response);
    }

    @GetMapping("/resync")
    String resyncForm(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model,
            RedirectAttributes redirect) {
        UserAccount account = load(user);
        Optional<StoredHotpToken> token = find(account, id);
        if (token.isEmpty()) {
            redirect.addFlashAttribute("problem", "twoFactor.removeToken.notFound");
            return TwoFactorController.OVERVIEW;
        }
        return showResync(model, account, token.get(), new FormErrors());
    }

    @PostMapping("/resync")
    String resync(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String firstCode,
            @RequestParam(defaultValue = "") String secondCode, HttpServletRequest request, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = load(user);
        Optional<StoredHotpToken> token = find(account, id);
        ManagementOutcome outcome = token.isEmpty() ? new ManagementOutcome.NotFound()
                : resynchronization.resynchronize(account, id, currentPassword, firstCode, secondCode, Clients.of(request));
        if (outcome instanceof ManagementOutcome.Done) {
            redirect.addFlashAttribute("notice", "twoFactor.resync.done");
            return TwoFactorController.OVERVIEW;
        }
        if (outcome instanceof ManagementOutcome.NotFound) {
            redirect.addFlashAttribute("problem", "twoFactor.removeToken.notFound");
            return TwoFactorController.OVERVIEW;
        }
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
            errors.add("currentPassword", "twoFactor.resync.refused");
        }
        return showResync(model, account, token.get(), errors);
    }

    private String showResync(Model model, UserAccount account, StoredHotpToken token, FormErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("tokenName", token.name());
        model.addAttribute("action", "/account/two-factor/tokens/" + token.publicId() + "/resync");
        model.addAttribute("errors", errors);
        return "two-factor/resync-token";
    }

    private Optional<StoredHotpToken> find(UserAccount account, String publicId) {
        return management.overview(account).tokens().stream()
                .filter(token -> token.publicId().equals(publicId)).findFirst();
    }

    private static String removeAction(String id) {
        return "/account/two-factor/tokens/" + id + "/remove";
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username())).orElseThrow(() -> new IllegalStateException("signed-in user vanished"));
    }
}
