package org.symbolon.server.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.symbolon.core.token.ApiTokenScope;

/**
 * Where an API token may go, and with which scope: the administrative API, reading with
 * {@code admin:read} and changing with {@code admin:write}. Not the management of tokens (a leaked
 * token must not mint more or revoke the others), and nothing that belongs to a person's session:
 * /api/v1/account, /api/v1/session, the web pages.
 */
final class ApiTokenReach {

    static final RequestMatcher ADMIN_API = withDefaults().matcher("/api/v1/admin/**");
    static final RequestMatcher TOKEN_MANAGEMENT = withDefaults().matcher("/api/v1/admin/api-tokens/**");
    static final RequestMatcher READING = request -> HttpMethod.GET.matches(request.getMethod())
            || HttpMethod.HEAD.matches(request.getMethod());

    private ApiTokenReach() {
    }

    /** The scope the request needs, or empty when no token may make it. */
    static Optional<ApiTokenScope> requiredScope(HttpServletRequest request) {
        if (!ADMIN_API.matches(request) || TOKEN_MANAGEMENT.matches(request)) {
            return Optional.empty();
        }
        return Optional.of(READING.matches(request) ? ApiTokenScope.ADMIN_READ : ApiTokenScope.ADMIN_WRITE);
    }
}
