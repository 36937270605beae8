package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.policy.TwoFactorRule;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.api.AdminUserSecurityApiViews.BypassCodeBody;
import org.symbolon.server.api.AdminUserSecurityApiViews.BypassCodeView;
import org.symbolon.server.api.AdminUserSecurityApiViews.RuleBody;
import org.symbolon.server.api.AdminUserSecurityApiViews.UserSecurityView;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.Clients;

/**
 * How administrators help a user with the second factor: see where it stands, reset it, unlock
 * it, issue a one-time bypass code, require or exempt. Each change on another user needs a
 * second factor confirmed in the last 15 minutes ({@link AdminActionTargets#actOn}).
 */
@RestController
@RequestMapping("/api/v1/admin/users/{username}")
@Tag(name = "Admin: users' second factors", description = "A user's second factors, reset, unlock, bypass code, "
        + "require or exempt. Administrators only; a change on another user needs a recent confirmation.")
class AdminUserSecurityApiController {

    private static final String NEEDS_CONFIRMATION = " On another user: 403 reauthentication_required unless the "
            + "administrator confirmed a second factor in the last 15 minutes.";

    private final TwoFactorSupport support;
    private final AdminActionTargets targets;

    AdminUserSecurityApiController(TwoFactorSupport support, AdminActionTargets targets) {
        this.support = support;
        this.targets = targets;
    }

    @GetMapping("/second-factors")
    @Operation(summary = "The user's rule, whether a second factor is required, groups, authenticators, recovery codes "
            + "left, failed attempts, lock, and bypass code expiry. 404 user_not_found.")
    UserSecurityView overview(@PathVariable String username) {
        return view(targets.find(username).username());
    }

    @Transactional
    @PostMapping("/second-factors/reset")
    @Operation(summary = "Remove every authenticator, recovery code and bypass code, clear failed attempts and end the "
            + "user's sessions; where a second factor is required, the user enrolls at the next sign-in. No body. 204."
            + NEEDS_CONFIRMATION)
    ResponseEntity<Void> reset(@PathVariable String username, Actor actor, HttpServletRequest request) {
        UserAccount user = targets.actOn(username, actor, request);
        require(support.resetTwoFactor(user.username(), actor.auditName(), Clients.of(request)));
        return ResponseEntity.noContent().build();
    }

    @Transactional
    @PostMapping("/second-factors/unlock")
    @Operation(summary = "Clear the failed attempts and the lock of the second step. No body. 204." + NEEDS_CONFIRMATION)
    ResponseEntity<Void> unlock(@PathVariable String username, Actor actor, HttpServletRequest request) {
        UserAccount user = targets.actOn(username, actor, request);
        require(support.unlock(user.username(), actor.auditName(), Clients.of(request)));
        return ResponseEntity.noContent().build();
    }

    @Transactional
    @PostMapping("/bypass-code")
    @Operation(summary = "A one-time code that passes the second step once within hours (1-24), shown only in this "
            + "answer (201, Cache-Control: no-store); it replaces an earlier one." + NEEDS_CONFIRMATION)
    ResponseEntity<BypassCodeView> issueBypassCode(@PathVariable String username, @RequestBody BypassCodeBody body,
            Actor actor, HttpServletRequest request) {
        int hours = ApiValues.required("hours", body.hours());
        UserAccount user = targets.actOn(username, actor, request);
        SupportOutcome outcome = support.issueBypassCode(user.username(), hours, actor.auditName(), Clients.of(request));
        if (outcome instanceof SupportOutcome.BypassIssued issued) {
            // Kept out of caches by the Cache-Control that every API answer carries (no-store).
            return ResponseEntity.status(HttpStatus.CREATED).body(BypassCodeView.of(issued));
        }
        throw refusal((SupportOutcome.Refused) outcome);
    }

    @Transactional
    @PutMapping("/two-factor-rule")
    @Operation(summary = "Set the user's rule: POLICY (as the instance policy says), REQUIRED or EXEMPT. Answers like "
            + "GET .../second-factors. 409 last_admin for exempting the last active administrator." + NEEDS_CONFIRMATION)
    UserSecurityView setRule(@PathVariable String username, @RequestBody RuleBody body, Actor actor,
            HttpServletRequest request) {
        TwoFactorRule rule = ApiValues.constant(TwoFactorRule.class, "rule", body.rule());
        UserAccount user = targets.actOn(username, actor, request);
        require(support.setRule(user.username(), rule, actor.auditName(), Clients.of(request)));
        return view(user.username());
    }

    private UserSecurityView view(Username username) {
        return support.overview(username).map(UserSecurityView::of)
                .orElseThrow(() -> new ApiException(ApiError.USER_NOT_FOUND));
    }

    private static void require(SupportOutcome outcome) {
        if (outcome instanceof SupportOutcome.Refused refused) {
            throw refusal(refused);
        }
    }

    private static RuntimeException refusal(SupportOutcome.Refused refused) {
        return switch (refused.refusal()) {
            case NO_SUCH_USER -> new ApiException(ApiError.USER_NOT_FOUND);
            case LAST_ADMIN -> new ApiException(ApiError.LAST_ADMIN);
            case HOURS_OUT_OF_RANGE ->
                    new InputProblem("hours", InputProblem.Reason.NOT_ALLOWED, TwoFactorSupport.MAX_BYPASS_HOURS);
        };
    }
}
