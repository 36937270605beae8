package org.symbolon.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symbolon.core.token.ApiToken;
import org.symbolon.core.token.ApiTokenState;
import org.symbolon.core.token.ApiTokenStore;

/** {@link ApiTokenStore} in a map, keeping the contract of the JDBC store; counts the writes of last use. */
public final class InMemoryApiTokenStore implements ApiTokenStore {

    private final Map<String, ApiToken> byPublicId = new LinkedHashMap<>();
    private final Map<String, String> hashes = new LinkedHashMap<>();
    private int useWrites;

    @Override
    public synchronized boolean insert(ApiToken token, String secretHash) {
        boolean taken = byPublicId.values().stream().anyMatch(other -> other.name().key().equals(token.name().key())
                && other.state(token.createdAt()) == ApiTokenState.ACTIVE);
        if (taken) {
            return false;
        }
        byPublicId.put(token.publicId(), token);
        hashes.put(secretHash, token.publicId());
        return true;
    }

    @Override
    public synchronized List<ApiToken> findAll() {
        List<ApiToken> all = new ArrayList<>(byPublicId.values());
        all.sort(Comparator.comparing(ApiToken::createdAt).reversed());
        return all;
    }

    @Override
    public synchronized Optional<ApiToken> findByPublicId(String publicId) {
        return Optional.ofNullable(byPublicId.get(publicId));
    }

    @Override
    public synchronized Optional<ApiToken> findBySecretHash(String secretHash) {
        return Optional.ofNullable(hashes.get(secretHash)).map(byPublicId::get);
    }

    @Override
    public synchronized boolean revoke(String publicId, Instant now, String revokedBy) {
        ApiToken token = byPublicId.get(publicId);
        if (token == null || token.revokedAt() != null) {
            return false;
        }
        byPublicId.put(publicId, new ApiToken(token.publicId(), token.name(), token.scopes(), token.createdAt(),
                token.createdBy(), token.expiresAt(), token.lastUsedAt(), now, revokedBy));
        return true;
    }

    @Override
    public synchronized void recordUse(String publicId, Instant now, Instant staleBefore) {
        ApiToken token = byPublicId.get(publicId);
        if (token != null && (token.lastUsedAt() == null || token.lastUsedAt().isBefore(staleBefore))) {
            useWrites++;
            byPublicId.put(publicId, new ApiToken(token.publicId(), token.name(), token.scopes(), token.createdAt(),
                    token.createdBy(), token.expiresAt(), now, token.revokedAt(), token.revokedBy()));
        }
    }

    /** How often {@link #recordUse} changed a row. */
    public synchronized int useWrites() {
        return useWrites;
    }
}
