package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.token.ApiTokenAdministration;
import org.symbolon.core.token.ApiTokenCreation;
import org.symbolon.core.token.ApiTokenName;
import org.symbolon.core.token.ApiTokenRevocation;
import org.symbolon.core.token.ApiTokenScope;
import org.symbolon.core.token.NewApiToken;
import org.symbolon.server.api.ApiTokenApiViews.ApiTokenListView;
import org.symbolon.server.api.ApiTokenApiViews.ApiTokenView;
import org.symbolon.server.api.ApiTokenApiViews.CreatedApiTokenView;
import org.symbolon.server.api.ApiTokenApiViews.NewApiTokenBody;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.Clients;

/**
 * API tokens, for administrators signed in with a session. A request made with a token is refused
 * here (ApiTokenReach): a leaked token must not be able to mint more tokens or revoke the others.
 */
@RestController
@RequestMapping("/api/v1/admin/api-tokens")
@Tag(name = "Admin: API tokens", description = "Create, list and revoke API tokens for automation. "
        + "Administrators with a signed-in session only; a request made with a token gets 403 token_not_allowed.")
class ApiTokensApiController {

    private final ApiTokenAdministration tokens;
    private final Clock clock;

    ApiTokensApiController(ApiTokenAdministration tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every token, newest first, revoked and expired ones included; never a secret.")
    ApiTokenListView list() {
        Instant now = clock.instant();
        return new ApiTokenListView(tokens.list().stream().map(token -> ApiTokenView.of(token, now)).toList());
    }

    @PostMapping
    @Operation(summary = "Create a token with a name, scopes (admin:read, admin:write) and a lifetime of 1 to 365 "
            + "days (default 90). The answer holds the secret, shown this once. 409 api_token_name_taken.")
    ResponseEntity<CreatedApiTokenView> create(@RequestBody NewApiTokenBody body, Actor actor, HttpServletRequest request) {
        NewApiToken newToken = new NewApiToken(new ApiTokenName(body.name()), ApiTokenScope.parseAll(body.scopes()),
                body.expiresInDays() == null ? NewApiToken.DEFAULT_EXPIRES_IN_DAYS : body.expiresInDays());
        ApiTokenCreation outcome = tokens.create(newToken, actor.auditName(), Clients.of(request));
        if (outcome instanceof ApiTokenCreation.Created created) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(CreatedApiTokenView.of(created.token(), created.secret(), clock.instant()));
        }
        throw new ApiException(ApiError.API_TOKEN_NAME_TAKEN);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token: it is refused from now on, and its name is free again. "
            + "Revoking a revoked token changes nothing. 404 api_token_not_found.")
    ResponseEntity<Void> revoke(@PathVariable String id, Actor actor, HttpServletRequest request) {
        ApiTokenRevocation outcome = tokens.revoke(id, actor.auditName(), Clients.of(request));
        if (outcome instanceof ApiTokenRevocation.NotFound) {
            throw new ApiException(ApiError.API_TOKEN_NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }
}
