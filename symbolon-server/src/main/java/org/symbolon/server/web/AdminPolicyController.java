package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.account.Username;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.PolicyAdministration;
import org.symbolon.server.config.SymbolonProperties;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.Clients;

/** The instance settings page: allowed methods, the settings of new authenticators, the service name, who must use 2FA. */
@Controller
@RequestMapping("/admin/settings")
class AdminPolicyController {

    private final PolicyAdministration policies;
    private final CurrentPolicy currentPolicy;
    private final SymbolonProperties properties;

    AdminPolicyController(PolicyAdministration policies, CurrentPolicy currentPolicy, SymbolonProperties properties) {
        this.policies = policies;
        this.currentPolicy = currentPolicy;
        this.properties = properties;
    }

    @GetMapping
    String show(Model model) {
        return show(PolicyForm.of(policies.current(), properties.totp().settings()), new FormErrors(), model);
    }

    @PostMapping
    String save(PolicyForm form, Actor actor, HttpServletRequest request, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        InstancePolicy policy = form.toPolicy(errors);
        if (policy == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(form, errors, model);
        }
        int stranded = policies.strands(policy);
        if (stranded > 0 && !form.confirmsStranding()) {
            // Nothing saved yet: the administrator sees whom the change would lock out first.
            model.addAttribute("stranded", stranded);
            return show(form, errors, model);
        }
        Optional<Username> actingAdmin = actor.isToken() ? Optional.empty() : Optional.of(new Username(actor.auditName()));
        PolicyAdministration.Changed changed = policies.change(policy, actor.auditName(), actingAdmin, Clients.of(request));
        redirect.addFlashAttribute("notice", "admin.settings.saved");
        if (changed.actorMustEnroll()) {
            redirect.addFlashAttribute("mustEnroll", true);
        }
        return "redirect:/admin/settings";
    }

    private String show(PolicyForm form, FormErrors errors, Model model) {
        TotpSettings configured = properties.totp().settings();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("configuredTotp", configured);
        model.addAttribute("effectiveTotp", currentPolicy.totpDefaults());
        model.addAttribute("nonDefaultTotp", !currentPolicy.totpDefaults().equals(TotpSettings.DEFAULT));
        model.addAttribute("configuredServiceName", properties.serviceName());
        model.addAttribute("effectiveServiceName", currentPolicy.serviceName());
        model.addAttribute("maxServiceNameLength", InstancePolicy.MAX_SERVICE_NAME_LENGTH);
        model.addAttribute("maxGraceDays", InstancePolicy.MAX_GRACE_DAYS);
        model.addAttribute("mailOn", properties.mail().enabled());
        model.addAttribute("smsOn", properties.sms().on());
        return "admin/settings";
    }
}
