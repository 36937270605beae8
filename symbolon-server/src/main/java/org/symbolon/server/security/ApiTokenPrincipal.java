package org.symbolon.server.security;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.symbolon.core.token.ApiToken;
import org.symbolon.core.token.ApiTokenScope;

/**
 * The principal of a request authenticated with an API token: the token's metadata, never its
 * secret. Its authorities are the token's scopes in Spring Security's form ({@code SCOPE_admin:read});
 * it has no role, so nothing that needs ROLE_ADMIN is open to it. It acts as {@code token:NAME}.
 */
public record ApiTokenPrincipal(ApiToken token) implements OAuth2AuthenticatedPrincipal, Actor.Source {

    /** The authority that a scope grants. */
    public static String authority(ApiTokenScope scope) {
        return "SCOPE_" + scope.value();
    }

    @Override
    public String getName() {
        return token.auditName();
    }

    /** The claims of RFC 7662 §2.2 that apply; iat and exp end up in the Authentication's access token. */
    @Override
    public Map<String, Object> getAttributes() {
        return Map.of(
                OAuth2TokenIntrospectionClaimNames.SUB, token.name().value(),
                OAuth2TokenIntrospectionClaimNames.SCOPE, token.scopeNames(),
                OAuth2TokenIntrospectionClaimNames.IAT, token.createdAt(),
                OAuth2TokenIntrospectionClaimNames.EXP, token.expiresAt(),
                OAuth2TokenIntrospectionClaimNames.JTI, token.publicId());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return token.scopes().stream().map(scope -> new SimpleGrantedAuthority(authority(scope))).toList();
    }

    @Override
    public Actor actor() {
        return new Actor(token.auditName(), null);
    }
}
