package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.policy.TwoFactorRule;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.Clients;
import org.symbolon.server.security.RecentConfirmation;

/**
 * An administrator's help with a user's second factor: reset it, unlock the second step, issue a
 * one-time bypass code, and require or exempt. Each needs a recent confirmation of the
 * administrator's own second factor, even on their own account: otherwise a session left open
 * could remove the administrator's factor here without the proof that the self-service pages ask.
 */
@Controller
@RequestMapping("/admin/users/{username}")
class AdminUserSecurityController {

    private static final Pattern HOURS = Pattern.compile("[0-9]{1,2}");

    private final AccountAdministration accounts;
    private final TwoFactorSupport support;
    private final AdminUserPage userPage;
    private final RecentConfirmation recentConfirmation;

    AdminUserSecurityController(AccountAdministration accounts, TwoFactorSupport support, AdminUserPage userPage,
            RecentConfirmation recentConfirmation) {
        this.accounts = accounts;
        this.support = support;
        this.userPage = userPage;
        this.recentConfirmation = recentConfirmation;
    }

    /** The question before a reset, which cannot be undone. */
    @GetMapping("/two-factor/reset")
    String confirmReset(@PathVariable String username, Model model, HttpServletResponse response) {
        Optional<UserSecurityOverview> overview = overview(username);
        if (overview.isEmpty()) {
            return AdminPages.errorPage(404, model, response);
        }
        model.addAttribute("user", overview.get().account());
        model.addAttribute("security", overview.get());
        return "admin/user-reset";
    }

    @PostMapping("/two-factor/reset")
    String reset(@PathVariable String username, Actor actor, HttpServletRequest request, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        return act(username, actor, request, model, response, target -> {
            SupportOutcome outcome = support.resetTwoFactor(target, actor.auditName(), Clients.of(request));
            return done(outcome, "admin.user.twoFactorReset", target, redirect, model, response);
        });
    }

    @PostMapping("/two-factor/unlock")
    String unlock(@PathVariable String username, Actor actor, HttpServletRequest request, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        return act(username, actor, request, model, response, target -> {
            SupportOutcome outcome = support.unlock(target, actor.auditName(), Clients.of(request));
            return done(outcome, "admin.user.unlocked", target, redirect, model, response);
        });
    }

    @PostMapping("/two-factor/rule")
    String setRule(@PathVariable String username, @RequestParam(defaultValue = "") String rule, Actor actor,
            HttpServletRequest request, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        Optional<TwoFactorRule> parsed = AdminPages.parseEnum(TwoFactorRule.class, rule);
        if (parsed.isEmpty()) {
            return AdminPages.errorPage(find(username).isEmpty() ? 404 : 400, model, response);
        }
        return act(username, actor, request, model, response, target -> {
            SupportOutcome outcome = support.setRule(target, parsed.get(), actor.auditName(), Clients.of(request));
            return done(outcome, "admin.user.ruleSet." + parsed.get(), target, redirect, model, response);
        });
    }

    /**
     * The code is shown in this response only: not in a redirect's flash or a URL that a proxy or
     * the browser's history could keep, and the response must not be stored.
     */
    @PostMapping("/bypass-code")
    String issueBypassCode(@PathVariable String username, @RequestParam(defaultValue = "") String hours, Actor actor,
            HttpServletRequest request, Model model, HttpServletResponse response) {
        String typed = hours.strip();
        int parsed = HOURS.matcher(typed).matches() ? Integer.parseInt(typed) : -1;
        if (parsed < TwoFactorSupport.MIN_BYPASS_HOURS || parsed > TwoFactorSupport.MAX_BYPASS_HOURS) {
            return refusedHours(username, hours, model, response);
        }
        return act(username, actor, request, model, response, target -> {
            SupportOutcome outcome = support.issueBypassCode(target, parsed, actor.auditName(), Clients.of(request));
            if (outcome instanceof SupportOutcome.BypassIssued issued) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
                model.addAttribute("user", issued.account());
                model.addAttribute("code", issued.code());
                model.addAttribute("expiresAt", issued.expiresAt());
                model.addAttribute("hours", parsed);
                return "admin/bypass-code";
            }
            if (outcome instanceof SupportOutcome.Refused refused
                    && refused.refusal() == SupportOutcome.Refusal.HOURS_OUT_OF_RANGE) {
                return refusedHours(username, hours, model, response);
            }
            return AdminPages.errorPage(404, model, response);
        });
    }

    private String refusedHours(String username, String hours, Model model, HttpServletResponse response) {
        Optional<UserSecurityOverview> overview = overview(username);
        if (overview.isEmpty()) {
            return AdminPages.errorPage(404, model, response);
        }
        FormErrors errors = new FormErrors();
        errors.add("hours", "admin.user.bypass.hoursRange", TwoFactorSupport.MIN_BYPASS_HOURS,
                TwoFactorSupport.MAX_BYPASS_HOURS);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        // What was typed goes back into the field, at most as long as the field allows.
        return userPage.show(overview.get(), errors, hours.length() > 2 ? "" : hours, model);
    }

    /** Finds the user (404 when there is none), asks for a recent confirmation, then acts. */
    private String act(String username, Actor actor, HttpServletRequest request, Model model,
            HttpServletResponse response, Function<Username, String> action) {
        Optional<UserAccount> account = find(username);
        if (account.isEmpty()) {
            return AdminPages.errorPage(404, model, response);
        }
        Username target = account.get().username();
        if (!recentConfirmation.isRecent(request, actor)) {
            return AdminPages.confirmFirst(AdminPages.userPath(target));
        }
        return action.apply(target);
    }

    private static String done(SupportOutcome outcome, String notice, Username target, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        if (outcome instanceof SupportOutcome.Refused refused) {
            if (refused.refusal() != SupportOutcome.Refusal.LAST_ADMIN) {
                // The user was there a moment ago and is gone now.
                return AdminPages.errorPage(404, model, response);
            }
            redirect.addFlashAttribute("problem", "admin.user.lastAdminExempt");
        } else {
            redirect.addFlashAttribute("notice", notice);
        }
        return "redirect:" + AdminPages.userPath(target);
    }

    private Optional<UserAccount> find(String username) {
        return AdminPages.parseName(username, Username::new).flatMap(accounts::find);
    }

    private Optional<UserSecurityOverview> overview(String username) {
        return AdminPages.parseName(username, Username::new).flatMap(support::overview);
    }
}
