package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.symbolon.core.token.ApiToken;

/** The JSON shapes of the API-token endpoints. Unlike the other bodies, these have a list and a number. */
final class ApiTokenApiViews {

    private ApiTokenApiViews() {
    }

    /**
     * @param expiresInDays a whole JSON number from 1 to 365; left out or null: 90
     */
    record NewApiTokenBody(
            @Schema(description = "1 to 64 letters, digits, spaces and . _ : @ + / ( ) -, unique among live tokens ignoring case",
                    example = "CI deploy")
            String name,
            @ArraySchema(schema = @Schema(allowableValues = {"admin:read", "admin:write"}), minItems = 1)
            List<String> scopes,
            @Schema(minimum = "1", maximum = "365", defaultValue = "90")
            Integer expiresInDays) {
    }

    /**
     * @param state ACTIVE, EXPIRED or REVOKED
     * @param lastUsedAt to the minute; null if never used
     */
    record ApiTokenView(String id, String name, List<String> scopes, String state, Instant createdAt, String createdBy,
            Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

        static ApiTokenView of(ApiToken token, Instant now) {
            return new ApiTokenView(token.publicId(), token.name().value(), token.scopeNames(),
                    token.state(now).name(), token.createdAt(), token.createdBy(), token.expiresAt(),
                    token.lastUsedAt(), token.revokedAt(), token.revokedBy());
        }
    }

    record ApiTokenListView(List<ApiTokenView> apiTokens) {
    }

    /** The answer to a creation: the token, and its secret, which no later answer repeats. */
    record CreatedApiTokenView(String id, String name, List<String> scopes, String state, Instant createdAt,
            String createdBy, Instant expiresAt,
            @Schema(description = "Send as 'Authorization: Bearer <secret>'. Shown only in this answer.")
            String secret) {

        static CreatedApiTokenView of(ApiToken token, String secret, Instant now) {
            return new CreatedApiTokenView(token.publicId(), token.name().value(), token.scopeNames(),
                    token.state(now).name(), token.createdAt(), token.createdBy(), token.expiresAt(), secret);
        }

        @Override
        public String toString() {
            return "CreatedApiTokenView[" + id + ", secret hidden]";
        }
    }
}
