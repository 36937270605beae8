package org.symbolon.core.token;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A token as stored, without its secret: the server keeps only a keyed hash of that, and the
 * {@link ApiTokenStore} keeps the hash apart from this record.
 *
 * @param publicId random, what pages and the API name the token by; never the serial id
 * @param createdBy the administrator who created it, by username at the time
 * @param lastUsedAt when a request last authenticated with it, to the minute; null if never
 * @param revokedAt null while not revoked
 * @param revokedBy null while not revoked
 */
public record ApiToken(String publicId, ApiTokenName name, Set<ApiTokenScope> scopes, Instant createdAt,
        String createdBy, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public ApiTokenState state(Instant now) {
        if (revokedAt != null) {
            return ApiTokenState.REVOKED;
        }
        return now.isBefore(expiresAt) ? ApiTokenState.ACTIVE : ApiTokenState.EXPIRED;
    }

    public Optional<Instant> lastUsed() {
        return Optional.ofNullable(lastUsedAt);
    }

    /** The scope names in a fixed order (that of {@link ApiTokenScope}), e.g. for display. */
    public List<String> scopeNames() {
        return scopes.stream().sorted(Comparator.naturalOrder()).map(ApiTokenScope::value).toList();
    }

    /** The actor of the audit events caused by requests made with this token. */
    public String auditName() {
        return "token:" + name.value();
    }
}
