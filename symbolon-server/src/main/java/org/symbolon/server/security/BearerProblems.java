package org.symbolon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.symbolon.core.token.ApiTokenScope;
import org.symbolon.server.api.ApiError;
import org.symbolon.server.api.ProblemResponses;

/** The answers of the API-token chain: RFC 6750 §3 challenges, with a problem document as body. */
@Component
class BearerProblems {

    private final ProblemResponses problems;

    BearerProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    /**
     * A token that is malformed, unknown, expired or revoked: one answer for all four, without an
     * error_description, so that the answer does not tell a guesser which of them it was.
     */
    void invalidToken(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        problems.send(response, ApiError.INVALID_TOKEN);
    }

    /** A good token on a request it may not make: too few scopes, or a place no token may go. */
    void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denial)
            throws IOException {
        Optional<ApiTokenScope> needed = ApiTokenReach.requiredScope(request);
        if (needed.isPresent()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_scope\", scope=\"" + needed.get().value() + "\"");
            problems.send(response, ApiError.INSUFFICIENT_SCOPE);
        } else {
            problems.send(response, ApiError.TOKEN_NOT_ALLOWED);
        }
    }
}
