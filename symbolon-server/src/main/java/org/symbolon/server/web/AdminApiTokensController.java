package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.text.InputProblem;
import org.symbolon.core.token.ApiTokenAdministration;
import org.symbolon.core.token.ApiTokenCreation;
import org.symbolon.core.token.ApiTokenName;
import org.symbolon.core.token.ApiTokenRevocation;
import org.symbolon.core.token.ApiTokenScope;
import org.symbolon.core.token.NewApiToken;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.Clients;

/**
 * The administrators' page of API tokens: the list, the form that creates one, and revocation.
 *
 * <p>The secret of a new token is shown in the answer to the POST itself, not after a redirect:
 * that would need it kept in the session until the next GET, and sessions live in the database.
 * A reload that sends the form again is refused as a taken name, and shows no secret.
 */
@Controller
@RequestMapping("/admin/api-tokens")
class AdminApiTokensController {

    /** Field names of their own, so that the error summary's labels (field.*) cannot clash with other forms. */
    record ApiTokenForm(String tokenName, List<String> tokenScopes, String tokenExpiresInDays) {

        static ApiTokenForm blank() {
            return new ApiTokenForm("", List.of(), String.valueOf(NewApiToken.DEFAULT_EXPIRES_IN_DAYS));
        }

        public boolean has(String scope) {
            return tokenScopes != null && tokenScopes.contains(scope);
        }
    }

    /** A number of days as a person types it: ASCII digits only, at most what fits the rule's range. */
    private static final Pattern DAYS = Pattern.compile("[0-9]{1,4}");

    private final ApiTokenAdministration tokens;
    private final Clock clock;

    AdminApiTokensController(ApiTokenAdministration tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", ApiTokenForm.blank());
        return page(model, new FormErrors());
    }

    @PostMapping
    String create(ApiTokenForm form, Actor actor, HttpServletRequest request, HttpServletResponse response, Model model) {
        FormErrors errors = new FormErrors();
        ApiTokenName name = errors.check("tokenName", () -> new ApiTokenName(form.tokenName()));
        Set<ApiTokenScope> scopes = null;
        try {
            scopes = ApiTokenScope.parseAll(form.tokenScopes());
        } catch (InputProblem noneOrUnknown) {
            errors.add("tokenScopes", "error.apiToken.scopes");
        }
        Integer days = expiresInDays(form.tokenExpiresInDays());
        if (days == null) {
            errors.add("tokenExpiresInDays", "error.apiToken.expiresInDays", 1, NewApiToken.MAX_EXPIRES_IN_DAYS);
        }
        if (!errors.any()) {
            ApiTokenCreation outcome = tokens.create(new NewApiToken(name, scopes, days), actor.auditName(),
                    Clients.of(request));
            if (outcome instanceof ApiTokenCreation.Created created) {
                model.addAttribute("created", created.token());
                model.addAttribute("secret", created.secret());
                model.addAttribute("form", ApiTokenForm.blank());
                return page(model, errors);
            }
            errors.add("tokenName", "error.apiToken.nameTaken");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("form", form);
        return page(model, errors);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable String id, Actor actor, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        if (tokens.revoke(id, actor.auditName(), Clients.of(request)) instanceof ApiTokenRevocation.NotFound) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
            return "error";
        }
        redirect.addFlashAttribute("notice", "admin.apiTokens.revoked");
        return "redirect:/admin/api-tokens";
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("now", clock.instant());
        return "admin/api-tokens";
    }

    /** The typed number of days, or null when it is not one from 1 to 365. */
    private static Integer expiresInDays(String typed) {
        String digits = typed == null ? "" : typed.strip();
        if (!DAYS.matcher(digits).matches()) {
            return null;
        }
        try {
            return NewApiToken.checkExpiresInDays(Integer.parseInt(digits));
        } catch (InputProblem outOfRange) {
            return null;
        }
    }
}
