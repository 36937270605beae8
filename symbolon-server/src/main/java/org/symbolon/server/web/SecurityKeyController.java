package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.symbolon.core.factor.ManagementOutcome;
import org.symbolon.core.factor.SecurityKeyManagement;
import org.symbolon.core.factor.StoredSecurityKey;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.SessionSignIn;
import org.symbolon.server.security.SignedInUser;
import org.symbolon.server.webauthn.SecurityKeyRelyingParty;

/**
 * My account → Two-factor authentication → Security keys: the list, registration (the script
 * asks the key with options from {@code /options}, then posts its answer with the name), renaming
 * and removal (the password and a code, as for an app or a token).
 */
@Controller
@RequestMapping("/account/two-factor/security-keys")
class SecurityKeyController {

    private static final String PAGE = "redirect:/account/two-factor/security-keys";

    private final SecurityKeyManagement management;
    private final SecurityKeyRelyingParty relyingParty;
    private final AccountAdministration accounts;
    private final TwoFactorSessionSecrets kept;
    private final SessionSignIn signIn;
    private final Clock clock;

    SecurityKeyController(SecurityKeyManagement management, SecurityKeyRelyingParty relyingParty,
            AccountAdministration accounts, TwoFactorSessionSecrets kept, SessionSignIn signIn, Clock clock) {
        this.kept = kept;
        this.signIn = signIn;
        this.clock = clock;
        this.management = management;
        this.relyingParty = relyingParty;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        return show(model, load(user), null, null);
    }

    /** The creation options for the script, as JSON {@code {"publicKey": …}}; 409 when no key may be added. */
    @PostMapping(path = "/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> options(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        UserAccount account = load(user);
        if (management.mayRegister(account) != SecurityKeyManagement.Result.REGISTERED) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body("{}");
        }
        return ResponseEntity.ok(relyingParty.startRegistration(account, request.getSession()));
    }

    @PostMapping
    String register(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String credential, HttpServletRequest request, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = load(user);
        String checkedName;
        try {
            checkedName = SecurityKeyManagement.name(name);
        } catch (InputProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, account, "securityKey.error.name", name);
        }
        SecurityKeyRelyingParty.Registration checked = relyingParty.finishRegistration(credential, request.getSession());
        if (checked instanceof SecurityKeyRelyingParty.Registration.Failed failed) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, account, failed.reason().equals("MODEL_NOT_ALLOWED") ? "securityKey.error.model"
                    : "securityKey.error.registration", name);
        }
        SecurityKeyManagement.Registration registered = management.register(account, checkedName,
                ((SecurityKeyRelyingParty.Registration.Checked) checked).key(), Clients.of(request));
        if (registered.result() != SecurityKeyManagement.Result.REGISTERED) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(model, account, "securityKey.error." + registered.result().name(), name);
        }
        // A key fulfils an enrollment that the policy requires, as an app or a token does.
        signIn.enrolled(request, response);
        redirect.addFlashAttribute("notice", "securityKey.registered");
        if (registered.recoveryCodes().isEmpty()) {
            return PAGE;
        }
        kept.keepRecoveryCodes(request.getSession(), account.id(),
                new TwoFactorSessionSecrets.FreshCodes(registered.recoveryCodes(), clock.instant()));
        return TwoFactorRecoveryCodesController.CODES;
    }

    @PostMapping("/{id}/rename")
    String rename(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        UserAccount account = load(user);
        try {
            if (!management.rename(account, id, SecurityKeyManagement.name(name))) {
                redirect.addFlashAttribute("problem", "securityKey.notFound");
                return PAGE;
            }
        } catch (InputProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, account, "securityKey.error.name", null);
        }
        redirect.addFlashAttribute("notice", "securityKey.renamed");
        return PAGE;
    }

    @PostMapping("/{id}/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String oneTimeCode,
            HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = load(user);
        ManagementOutcome outcome = management.remove(account, id, currentPassword, oneTimeCode, Clients.of(request));
        if (outcome instanceof ManagementOutcome.Done) {
            redirect.addFlashAttribute("notice", "securityKey.removed");
            return PAGE;
        }
        if (outcome instanceof ManagementOutcome.NotFound) {
            redirect.addFlashAttribute("problem", "securityKey.notFound");
            return PAGE;
        }
        response.setStatus(outcome instanceof ManagementOutcome.Limited ? 429 : 403);
        return show(model, account, "securityKey.error.proof", null);
    }

    private String show(Model model, UserAccount account, String problem, String typedName) {
        model.addAttribute("keys", management.keysOf(account));
        model.addAttribute("maxKeys", StoredSecurityKey.MAX_PER_USER);
        model.addAttribute("allowed", management.mayRegister(account) != SecurityKeyManagement.Result.METHOD_TURNED_OFF);
        model.addAttribute("problem", problem);
        model.addAttribute("typedName", typedName);
        return "two-factor/security-keys";
    }

    private UserAccount load(SignedInUser user) {
        return accounts.find(new Username(user.username()))
                .orElseThrow(() -> new IllegalStateException("signed-in user vanished"));
    }
}
