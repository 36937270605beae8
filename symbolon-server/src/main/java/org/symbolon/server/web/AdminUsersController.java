package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountOutcome;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.password.PasswordPolicy;

/** The administrators' user pages: list and search, create, change role, disable and enable. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    static final int PAGE_SIZE = 20;

    record NewUserForm(String username, String displayName, String email, String role, String password) {
    }

    private final AccountAdministration accounts;

    AdminUsersController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("users", accounts.search(query.length() > 200 ? "" : query, page, PAGE_SIZE));
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm("", "", "", "USER", ""));
        return showNewUser(model, new FormErrors());
    }

    @PostMapping
    String create(NewUserForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        Username username = errors.check("username", () -> new Username(form.username()));
        DisplayName displayName = errors.check("displayName", () -> new DisplayName(form.displayName()));
        Optional<EmailAddress> email = errors.check("email", () -> EmailAddress.optional(form.email()));
        Role role = parseRole(form.role()).orElse(null);
        if (role == null) {
            errors.add("role", "error.input.NOT_ALLOWED");
        }
        if (!errors.any()) {
            AccountOutcome outcome = accounts.create(new NewUserRequest(username, displayName, email, role, form.password()));
            if (outcome instanceof AccountOutcome.Done done) {
                redirect.addFlashAttribute("notice", "admin.user.created");
                return "redirect:" + userPath(done.account().username());
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
        Optional<UserAccount> account = find(username);
        if (account.isEmpty()) {
            return errorPage(404, model, response);
        }
        model.addAttribute("user", account.get());
        return "admin/user";
    }

    @PostMapping("/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam(defaultValue = "") String role,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        Optional<Role> parsed = parseRole(role);
        if (parsed.isEmpty() || find(username).isEmpty()) {
            return errorPage(find(username).isEmpty() ? 404 : 400, model, response);
        }
        AccountOutcome outcome = accounts.changeRole(new Username(username), parsed.get());
        return afterChange(outcome, "admin.user.roleChanged", username, redirect);
    }

    @PostMapping("/{username}/state")
    String changeState(@PathVariable String username, @RequestParam(defaultValue = "") String state,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        Optional<AccountState> parsed = parseEnum(AccountState.class, state);
        if (parsed.isEmpty() || find(username).isEmpty()) {
            return errorPage(find(username).isEmpty() ? 404 : 400, model, response);
        }
        AccountOutcome outcome = accounts.changeState(new Username(username), parsed.get());
        return afterChange(outcome, parsed.get() == AccountState.DISABLED ? "admin.user.disabled" : "admin.user.enabled",
                username, redirect);
    }

    private String afterChange(AccountOutcome outcome, String successNotice, String username, RedirectAttributes redirect) {
        if (outcome instanceof AccountOutcome.Refused refused && refused.refusal() == AccountOutcome.Refusal.LAST_ADMIN) {
            redirect.addFlashAttribute("problem", "admin.user.lastAdmin");
        } else {
            redirect.addFlashAttribute("notice", successNotice);
        }
        return "redirect:" + userPath(new Username(username));
    }

    private static String errorPage(int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }

    private String showNewUser(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("userMinLength", PasswordPolicy.USER_MIN_LENGTH);
        model.addAttribute("adminMinLength", PasswordPolicy.ADMIN_MIN_LENGTH);
        return "admin/user-new";
    }

    /** A user named in a path that is not even a valid username does not exist. */
    private Optional<UserAccount> find(String username) {
        try {
            return accounts.find(new Username(username));
        } catch (org.symbolon.core.text.InputProblem notAName) {
            return Optional.empty();
        }
    }

    private static String userPath(Username username) {
        return "/admin/users/" + UriUtils.encodePathSegment(username.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Optional<Role> parseRole(String role) {
        return parseEnum(Role.class, role);
    }

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
