package org.symbolon.core.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;

/**
 * What administrators do with API tokens: create one (its secret is handed out once), list them,
 * revoke one. Creating and revoking are security events in the administrator's name.
 */
public final class ApiTokenAdministration {

    private final ApiTokenStore store;
    private final ApiTokenHasher hasher;
    private final SecurityEventLog events;
    private final SecureRandom random;
    private final Clock clock;

    public ApiTokenAdministration(ApiTokenStore store, ApiTokenHasher hasher, SecurityEventLog events,
            SecureRandom random, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.events = events;
        this.random = random;
        this.clock = clock;
    }

    /**
     * @param actor the administrator's username: stored as the creator and named in the event
     */
    public ApiTokenCreation create(NewApiToken request, String actor, ClientInfo client) {
        // Whole seconds: the answer shows the times the database keeps, and an expiry reads cleanly.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String secret = ApiTokenSecret.generate(random);
        ApiToken token = new ApiToken(UUID.randomUUID().toString(), request.name(), request.scopes(), now, actor,
                now.plus(Duration.ofDays(request.expiresInDays())), null, null, null);
        if (!store.insert(token, hasher.hash(secret))) {
            return new ApiTokenCreation.NameTaken();
        }
        events.record(event(SecurityEventType.API_TOKEN_CREATED, token, now, actor, client));
        return new ApiTokenCreation.Created(token, secret);
    }

    public List<ApiToken> list() {
        return store.findAll();
    }

    /** Revoking an expired token is allowed: it ends the token for good, and frees its name at once. */
    public ApiTokenRevocation revoke(String publicId, String actor, ClientInfo client) {
        // Public ids are UUIDs; anything much longer is no id of ours and needs no query.
        if (publicId == null || publicId.length() > 64) {
            return new ApiTokenRevocation.NotFound();
        }
        Instant now = clock.instant();
        boolean revokedNow = store.revoke(publicId, now, actor);
        return store.findByPublicId(publicId).<ApiTokenRevocation>map(token -> {
            if (!revokedNow) {
                return new ApiTokenRevocation.AlreadyRevoked(token);
            }
            events.record(event(SecurityEventType.API_TOKEN_REVOKED, token, now, actor, client));
            return new ApiTokenRevocation.Revoked(token);
        }).orElseGet(ApiTokenRevocation.NotFound::new);
    }

    /** The event names the token, never its secret; it concerns no user account. */
    private static SecurityEvent event(SecurityEventType type, ApiToken token, Instant now, String actor,
            ClientInfo client) {
        String detail = "name=" + token.name().value() + "; id=" + token.publicId() + "; scopes="
                + String.join(" ", token.scopeNames()) + "; expires=" + token.expiresAt();
        return new SecurityEvent(type, null, null, now, client, detail, actor);
    }
}
