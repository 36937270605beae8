package org.symbolon.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.token.ApiToken;
import org.symbolon.core.token.ApiTokenName;
import org.symbolon.core.token.ApiTokenScope;
import org.symbolon.core.token.ApiTokenStore;
import org.symbolon.server.testing.ServerTest;

/** The API-token store on a real database, against its port's contract; run on H2 and PostgreSQL by the subclasses. */
abstract class ApiTokenStoreTest extends ServerTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");

    @Autowired
    ApiTokenStore store;

    @Autowired
    JdbcClient jdbc;

    private static ApiToken token(String name, Instant createdAt, Duration lifetime) {
        return new ApiToken(UUID.randomUUID().toString(), new ApiTokenName(name), Set.of(ApiTokenScope.ADMIN_READ),
                createdAt, "root", createdAt.plus(lifetime), null, null, null);
    }

    @Test
    void aTokenIsFoundByItsHashAndByItsIdAsItWasStored() {
        ApiToken token = new ApiToken(UUID.randomUUID().toString(), new ApiTokenName("Überwachung (prod)"),
                Set.of(ApiTokenScope.ADMIN_WRITE, ApiTokenScope.ADMIN_READ), CREATED, "root",
                CREATED.plus(Duration.ofDays(90)), null, null, null);

        assertThat(store.insert(token, "hash-1")).isTrue();

        assertThat(store.findBySecretHash("hash-1")).contains(token);
        assertThat(store.findByPublicId(token.publicId())).contains(token);
        assertThat(store.findBySecretHash("hash-2")).isEmpty();
        assertThat(store.findByPublicId(UUID.randomUUID().toString())).isEmpty();
        assertThat(jdbc.sql("SELECT scopes FROM api_tokens").query(String.class).single()).isEqualTo("admin:read admin:write");
    }

    @Test
    void ofManyServersCreatingOneNameAtOnceExactlyOneSucceeds() throws Exception {
        AtomicInteger next = new AtomicInteger();

        long winners = Race.countWinners(() -> store.insert(
                token(next.get() % 2 == 0 ? "deploy" : "DEPLOY", CREATED, Duration.ofDays(1)), "hash-" + next.incrementAndGet()));

        assertThat(winners).isEqualTo(1);
        assertThat(store.findAll()).hasSize(1);
    }

    @Test
    void anExpiredTokenGivesUpItsNameToTheNextOneButStaysListed() {
        ApiToken old = token("deploy", CREATED, Duration.ofDays(1));
        store.insert(old, "hash-old");

        assertThat(store.insert(token("deploy", CREATED.plus(Duration.ofHours(23)), Duration.ofDays(1)), "hash-early"))
                .as("one hour before the first one expires").isFalse();
        ApiToken next = token("Deploy", CREATED.plus(Duration.ofDays(1)), Duration.ofDays(1));
        assertThat(store.insert(next, "hash-next")).as("at the moment it expires").isTrue();

        assertThat(store.findAll()).extracting(ApiToken::publicId).containsExactly(next.publicId(), old.publicId());
        assertThat(store.findBySecretHash("hash-old")).contains(old);
    }

    @Test
    void revokingIsOneConditionalUpdateThatFreesTheName() {
        ApiToken token = token("deploy", CREATED, Duration.ofDays(90));
        store.insert(token, "hash-1");
        Instant revokedAt = CREATED.plusSeconds(60);

        assertThat(store.revoke(token.publicId(), revokedAt, "admin2")).isTrue();
        assertThat(store.revoke(token.publicId(), revokedAt.plusSeconds(1), "admin3")).isFalse();
        assertThat(store.revoke(UUID.randomUUID().toString(), revokedAt, "admin2")).isFalse();

        ApiToken revoked = store.findByPublicId(token.publicId()).orElseThrow();
        assertThat(revoked.revokedAt()).isEqualTo(revokedAt);
        assertThat(revoked.revokedBy()).isEqualTo("admin2");
        assertThat(store.insert(token("DEPLOY", revokedAt, Duration.ofDays(1)), "hash-2")).isTrue();
    }

    @Test
    void theLastUseIsWrittenOnlyWhenTheStoredOneIsStale() {
        ApiToken token = token("deploy", CREATED, Duration.ofDays(90));
        store.insert(token, "hash-1");
        Instant first = CREATED.plusSeconds(10);

        store.recordUse(token.publicId(), first, first.minusSeconds(60));
        store.recordUse(token.publicId(), first.plusSeconds(30), first.minusSeconds(30));
        assertThat(lastUsed()).as("30 s later, the stored time is not stale").isEqualTo(first);

        store.recordUse(token.publicId(), first.plusSeconds(61), first.plusSeconds(1));
        assertThat(lastUsed()).isEqualTo(first.plusSeconds(61));
    }

    @Test
    void aScopeThisServerDoesNotKnowGrantsNothing() {
        ApiToken token = token("deploy", CREATED, Duration.ofDays(90));
        store.insert(token, "hash-1");
        jdbc.sql("UPDATE api_tokens SET scopes = 'admin:read audit:read'").update();

        assertThat(store.findBySecretHash("hash-1").orElseThrow().scopes()).containsExactly(ApiTokenScope.ADMIN_READ);
    }

    private Instant lastUsed() {
        return jdbc.sql("SELECT last_used_at FROM api_tokens").query(OffsetDateTime.class).single().toInstant();
    }
}
