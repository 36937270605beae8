package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.account.Username;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.PolicyAdministration;
import org.symbolon.server.api.AdminPolicyApiViews.PolicyBody;
import org.symbolon.server.api.AdminPolicyApiViews.PolicyView;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.Clients;

/** The instance-wide second-factor policy, for administrators. */
@RestController
@RequestMapping("/api/v1/admin/policy")
@Tag(name = "Admin: policy", description = "Who must use a second factor, which methods are allowed, and the "
        + "settings of new authenticators. Administrators only.")
class AdminPolicyApiController {

    private final PolicyAdministration administration;
    private final CurrentPolicy currentPolicy;

    AdminPolicyApiController(PolicyAdministration administration, CurrentPolicy currentPolicy) {
        this.administration = administration;
        this.currentPolicy = currentPolicy;
    }

    @GetMapping
    @Operation(summary = "The policy in force, with the effective service name and authenticator settings and their "
            + "overrides (null: as configured).")
    PolicyView show() {
        return view(administration.current(), null, null);
    }

    @Transactional
    @PutMapping
    @Operation(summary = "Replace the policy: requirement (OPTIONAL, REQUIRED_FOR_ADMINS, REQUIRED_FOR_GROUPS, "
            + "REQUIRED_FOR_ALL), graceDays (0-365), allowedMethods (totp, recovery_code; totp required), "
            + "serviceNameOverride and totpDefaultsOverride (null: as configured). Answers the new policy with "
            + "warnings (actor_must_enroll, users_stranded) and strandedUsers: how many active users the change left "
            + "without a method they may sign in with. 400 invalid_request with field.")
    PolicyView change(@RequestBody PolicyBody body, Actor actor, HttpServletRequest request) {
        InstancePolicy policy = PolicyBodies.toPolicy(body);
        // A token has no account that the policy could lock out.
        Optional<Username> actingAdmin = actor.isToken() ? Optional.empty() : Optional.of(new Username(actor.auditName()));
        PolicyAdministration.Changed changed =
                administration.change(policy, actor.auditName(), actingAdmin, Clients.of(request));
        List<String> warnings = new ArrayList<>();
        if (changed.actorMustEnroll()) {
            warnings.add(AdminPolicyApiViews.ACTOR_MUST_ENROLL);
        }
        if (changed.strandedUsers() > 0) {
            warnings.add(AdminPolicyApiViews.USERS_STRANDED);
        }
        return view(changed.policy(), warnings, changed.strandedUsers());
    }

    private PolicyView view(InstancePolicy policy, List<String> warnings, Integer strandedUsers) {
        return PolicyView.of(policy, currentPolicy.serviceName(), currentPolicy.totpDefaults(), warnings, strandedUsers);
    }
}
