package org.symbolon.server.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;
import org.symbolon.core.token.ApiToken;
import org.symbolon.core.token.ApiTokenCheck;
import org.symbolon.core.token.ApiTokenVerifier;

/**
 * Spring Security's question "who does this Bearer token stand for?" (RFC 7662 in spirit, asked
 * locally), answered by the core's {@link ApiTokenVerifier}. A refused token is one exception with
 * one message whatever the reason; the reason goes to the log, never the secret.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenIntrospector.class);

    private final ApiTokenVerifier verifier;
    private final Clock clock;

    ApiTokenIntrospector(ApiTokenVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String presentedSecret) {
        ApiTokenCheck check = verifier.check(presentedSecret, clock.instant());
        if (check instanceof ApiTokenCheck.Accepted accepted) {
            return new ApiTokenPrincipal(accepted.token());
        }
        ApiTokenCheck.Refused refused = (ApiTokenCheck.Refused) check;
        if (refused.token().isPresent()) {
            // A script still using a revoked or expired token: forgotten, or in the wrong hands.
            ApiToken token = refused.token().get();
            log.warn("Refused API token '{}' ({}): {}", token.name(), token.publicId(), refused.reason());
        } else {
            // Guesses and other products' tokens: noise, unless someone is looking.
            log.debug("Refused a Bearer token: {}", refused.reason());
        }
        throw new BadOpaqueTokenException("invalid token");
    }
}
