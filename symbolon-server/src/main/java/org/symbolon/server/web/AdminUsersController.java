package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserPage;
import org.symbolon.core.account.Username;
import org.symbolon.core.admin.TwoFactorSummaries;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.password.PasswordPolicy;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.AdministrativeEvents;
import org.symbolon.server.security.RecentConfirmation;

/**
 * The administrators' user pages: list and search, create, and on a user's page change role,
 * disable and enable, and set a new password; each change a security event in the
 * administrator's name. The second-factor help is {@link AdminUserSecurityController}.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    static final int PAGE_SIZE = 20;

    record NewUserForm(String username, String displayName, String email, String role, String password) {
    }

    private final AccountAdministration accounts;
    private final TwoFactorSupport support;
    private final TwoFactorSummaries summaries;
    private final AdminUserPage userPage;
    private final RecentConfirmation recentConfirmation;
    private final AdministrativeEvents events;

    AdminUsersController(AccountAdministration accounts, TwoFactorSupport support, TwoFactorSummaries summaries,
            AdminUserPage userPage, RecentConfirmation recentConfirmation, AdministrativeEvents events) {
        this.accounts = accounts;
        this.support = support;
        this.summaries = summaries;
        this.userPage = userPage;
        this.recentConfirmation = recentConfirmation;
        this.events = events;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "0") int page, Model model) {
        UserPage users = accounts.search(query.length() > 200 ? "" : query, page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("users", users);
        model.addAttribute("summaries", summaries.of(users.users().stream().map(UserAccount::id).toList()));
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm("", "", "", "USER", ""));
        return showNewUser(model, new FormErrors());
    }

    @PostMapping
    String create(NewUserForm form, Actor actor, HttpServletRequest request, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        Username username = errors.check("username", () -> new Username(form.username()));
        DisplayName displayName = errors.check("displayName", () -> new DisplayName(form.displayName()));
        Optional<EmailAddress> email = errors.check("email", () -> EmailAddress.optional(form.email()));
        Role role = AdminPages.parseEnum(Role.class, form.role()).orElse(null);
        if (role == null) {
            errors.add("role", "error.input.NOT_ALLOWED");
        }
        if (!errors.any()) {
            AccountOutcome outcome = accounts.create(new NewUserRequest(username, displayName, email, role, form.password()));
            if (outcome instanceof AccountOutcome.Done done) {
                events.record(SecurityEventType.USER_CREATED, done.account(), done.account().role().name(), actor, request);
                redirect.addFlashAttribute("notice", "admin.user.created");
                return "redirect:" + AdminPages.userPath(done.account().username());
            }
            if (outcome instanceof AccountOutcome.PasswordRefused refused) {
                errors.addPassword("password", refused.verdict());
            } else {
                errors.add("username", "error.username.taken");
            }
        }
        model.addAttribute("form", new NewUserForm(form.username(), form.displayName(), form.email(), form.role(), ""));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showNewUser(model, errors);
    }

    @GetMapping("/{username}")
    String show(@PathVariable String username, Model model, HttpServletResponse response) {
        Optional<UserSecurityOverview> overview = overview(username);
        if (overview.isEmpty()) {
            return AdminPages.errorPage(404, model, response);
        }
        return userPage.show(overview.get(), new FormErrors(), null, model);
    }

    @PostMapping("/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam(defaultValue = "") String role, Actor actor,
            HttpServletRequest request, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        Optional<UserAccount> account = find(username);
        Optional<Role> parsed = AdminPages.parseEnum(Role.class, role);
        if (account.isEmpty() || parsed.isEmpty()) {
            return AdminPages.errorPage(account.isEmpty() ? 404 : 400, model, response);
        }
        String page = AdminPages.userPath(account.get().username());
        if (!recentConfirmation.isRecent(request, actor)) {
            return AdminPages.confirmFirst(page);
        }
        AccountOutcome outcome = accounts.changeRole(account.get().username(), parsed.get());
        if (outcome instanceof AccountOutcome.Done done && done.account().role() != account.get().role()) {
            events.record(SecurityEventType.ROLE_CHANGED, done.account(), done.account().role().name(), actor, request);
        }
        return afterChange(outcome, "admin.user.roleChanged", page, redirect);
    }

    @PostMapping("/{username}/state")
    String changeState(@PathVariable String username, @RequestParam(defaultValue = "") String state, Actor actor,
            HttpServletRequest request, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        Optional<UserAccount> account = find(username);
        Optional<AccountState> parsed = AdminPages.parseEnum(AccountState.class, state);
        if (account.isEmpty() || parsed.isEmpty()) {
            return AdminPages.errorPage(account.isEmpty() ? 404 : 400, model, response);
        }
        String page = AdminPages.userPath(account.get().username());
        if (!recentConfirmation.isRecent(request, actor)) {
            return AdminPages.confirmFirst(page);
        }
        AccountOutcome outcome = accounts.changeState(account.get().username(), parsed.get());
        if (outcome instanceof AccountOutcome.Done done && done.account().state() != account.get().state()) {
            events.record(done.account().isActive() ? SecurityEventType.USER_ENABLED : SecurityEventType.USER_DISABLED,
                    done.account(), "", actor, request);
        }
        return afterChange(outcome, parsed.get() == AccountState.DISABLED ? "admin.user.disabled" : "admin.user.enabled",
                page, redirect);
    }

    /** A new password chosen by the administrator; the user must replace it at the next sign-in. */
    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String newPassword,
            Actor actor, HttpServletRequest request, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        Optional<UserSecurityOverview> overview = overview(username);
        if (overview.isEmpty()) {
            return AdminPages.errorPage(404, model, response);
        }
        String page = AdminPages.userPath(overview.get().account().username());
        if (!recentConfirmation.isRecent(request, actor)) {
            return AdminPages.confirmFirst(page);
        }
        AccountOutcome outcome = accounts.resetPassword(overview.get().account().username(), newPassword);
        if (outcome instanceof AccountOutcome.PasswordRefused refused) {
            FormErrors errors = new FormErrors();
            errors.addPassword("newPassword", refused.verdict());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return userPage.show(overview.get(), errors, null, model);
        }
        if (outcome instanceof AccountOutcome.Done done) {
            events.record(SecurityEventType.PASSWORD_RESET, done.account(), "", actor, request);
        }
        return afterChange(outcome, "admin.user.passwordReset", page, redirect);
    }

    private static String afterChange(AccountOutcome outcome, String successNotice, String page, RedirectAttributes redirect) {
        if (outcome instanceof AccountOutcome.Refused refused && refused.refusal() == AccountOutcome.Refusal.LAST_ADMIN) {
            redirect.addFlashAttribute("problem", "admin.user.lastAdmin");
        } else {
            redirect.addFlashAttribute("notice", successNotice);
        }
        return "redirect:" + page;
    }

    private String showNewUser(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("userMinLength", PasswordPolicy.USER_MIN_LENGTH);
        model.addAttribute("adminMinLength", PasswordPolicy.ADMIN_MIN_LENGTH);
        return "admin/user-new";
    }

    private Optional<UserAccount> find(String username) {
        return AdminPages.parseName(username, Username::new).flatMap(accounts::find);
    }

    private Optional<UserSecurityOverview> overview(String username) {
        return AdminPages.parseName(username, Username::new).flatMap(support::overview);
    }
}
