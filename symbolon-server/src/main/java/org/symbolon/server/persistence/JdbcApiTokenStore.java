package org.symbolon.server.persistence;

import static org.symbolon.server.persistence.JdbcUserStore.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbolon.core.token.ApiToken;
import org.symbolon.core.token.ApiTokenName;
import org.symbolon.core.token.ApiTokenScope;
import org.symbolon.core.token.ApiTokenStore;

/** {@link ApiTokenStore} on the {@code api_tokens} table of V4__api_tokens.sql. */
@Repository
public class JdbcApiTokenStore implements ApiTokenStore {

    private static final String COLUMNS =
            "public_id, name, scopes, created_at, created_by, expires_at, last_used_at, revoked_at, revoked_by";

    private final JdbcClient jdbc;

    public JdbcApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Two statements without a transaction around them, each safe on its own: the first frees the
     * name if an expired token still holds it, the second inserts, and the unique constraint on
     * live_name_key is the arbiter between servers. (In a transaction, PostgreSQL would abort it at
     * the refused insert.)
     */
    @Override
    public boolean insert(ApiToken token, String secretHash) {
        String key = token.name().key();
        OffsetDateTime now = timestamp(token.createdAt());
        jdbc.sql("UPDATE api_tokens SET live_name_key = NULL WHERE live_name_key = ? AND expires_at <= ?")
                .params(key, now)
                .update();
        try {
            jdbc.sql("""
                    INSERT INTO api_tokens (public_id, name, live_name_key, secret_hash, scopes, created_at, created_by,
                        expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(token.publicId(), token.name().value(), key, secretHash,
                            String.join(" ", token.scopeNames()), now, token.createdBy(), timestamp(token.expiresAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            // The name. (A repeated public id or secret hash would need a collision of 122 or 256
            // random bits.)
            return false;
        }
    }

    @Override
    public List<ApiToken> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens ORDER BY created_at DESC, id DESC")
                .query((rs, n) -> token(rs))
                .list();
    }

    @Override
    public Optional<ApiToken> findByPublicId(String publicId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE public_id = ?")
                .param(publicId)
                .query((rs, n) -> token(rs))
                .optional();
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE secret_hash = ?")
                .param(secretHash)
                .query((rs, n) -> token(rs))
                .optional();
    }

    @Override
    public boolean revoke(String publicId, Instant now, String revokedBy) {
        return jdbc.sql("""
                UPDATE api_tokens SET revoked_at = ?, revoked_by = ?, live_name_key = NULL
                WHERE public_id = ? AND revoked_at IS NULL""")
                .params(timestamp(now), revokedBy, publicId)
                .update() == 1;
    }

    @Override
    public void recordUse(String publicId, Instant now, Instant staleBefore) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE public_id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(timestamp(now), publicId, timestamp(staleBefore))
                .update();
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getString("public_id"), new ApiTokenName(rs.getString("name")),
                scopes(rs.getString("scopes")), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"),
                rs.getString("revoked_by"));
    }

    /** A name this server does not know (written by a newer version) grants nothing here. */
    private static Set<ApiTokenScope> scopes(String stored) {
        Set<ApiTokenScope> scopes = EnumSet.noneOf(ApiTokenScope.class);
        Arrays.stream(stored.split(" ")).map(ApiTokenScope::parse).flatMap(Optional::stream).forEach(scopes::add);
        return scopes;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
