package org.symbolon.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbolon.core.testing.InputProblems.refusalOf;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.testing.InMemoryApiTokenStore;
import org.symbolon.core.testing.MutableClock;
import org.symbolon.core.text.InputProblem.Reason;

class ApiTokenAdministrationTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final ClientInfo CLIENT = new ClientInfo("192.0.2.7", "curl/8.5.0");

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();
    private final List<SecurityEvent> events = new ArrayList<>();
    // Any deterministic function stands in for the server's HMAC here.
    private final ApiTokenHasher hasher = secret -> "hash:" + new StringBuilder(secret).reverse();
    private final ApiTokenAdministration tokens =
            new ApiTokenAdministration(store, hasher, events::add, new SecureRandom(), clock);
    private final ApiTokenVerifier verifier = new ApiTokenVerifier(store, hasher);

    private static NewApiToken request(String name, int days, ApiTokenScope... scopes) {
        return new NewApiToken(new ApiTokenName(name), Set.of(scopes), days);
    }

    private ApiTokenCreation.Created create(String name, int days, ApiTokenScope... scopes) {
        return (ApiTokenCreation.Created) tokens.create(request(name, days, scopes), "root", CLIENT);
    }

    @Test
    void aCreatedTokenHasItsSecretOnceAndOnlyItsHashIsStored() {
        ApiTokenCreation.Created created = create("CI deploy", 90, ApiTokenScope.ADMIN_READ);

        assertThat(created.secret()).startsWith("symbolon_");
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(created.token().expiresAt()).isEqualTo(START.plus(Duration.ofDays(90)));
        assertThat(created.token().createdBy()).isEqualTo("root");
        assertThat(store.findBySecretHash(hasher.hash(created.secret()))).contains(created.token());
        assertThat(tokens.list()).extracting(ApiToken::publicId).containsExactly(created.token().publicId());
    }

    @Test
    void creationIsAnEventInTheAdministratorsNameThatNamesTheTokenButNotItsSecret() {
        ApiTokenCreation.Created created = create("CI deploy", 30, ApiTokenScope.ADMIN_WRITE, ApiTokenScope.ADMIN_READ);

        assertThat(events).hasSize(1);
        SecurityEvent event = events.get(0);
        assertThat(event.type()).isEqualTo(SecurityEventType.API_TOKEN_CREATED);
        assertThat(event.actor()).isEqualTo("root");
        assertThat(event.userId()).isNull();
        assertThat(event.client()).isEqualTo(CLIENT);
        assertThat(event.detail()).contains("name=CI deploy", created.token().publicId(), "admin:read admin:write")
                .doesNotContain(created.secret(), created.secret().substring(9));
    }

    @Test
    void namesAreUniqueAmongLiveTokensIgnoringCase() {
        ApiTokenCreation.Created first = create("deploy", 1, ApiTokenScope.ADMIN_READ);

        assertThat(tokens.create(request("DEPLOY", 5, ApiTokenScope.ADMIN_READ), "root", CLIENT))
                .isInstanceOf(ApiTokenCreation.NameTaken.class);
        assertThat(events).hasSize(1);

        clock.advance(Duration.ofDays(1));
        assertThat(tokens.create(request("Deploy", 5, ApiTokenScope.ADMIN_READ), "root", CLIENT))
                .as("the first one has expired").isInstanceOf(ApiTokenCreation.Created.class);
        assertThat(tokens.revoke(first.token().publicId(), "root", CLIENT))
                .isInstanceOf(ApiTokenRevocation.Revoked.class);
        create("backup", 5, ApiTokenScope.ADMIN_READ);
        assertThat(tokens.list()).hasSize(3);
    }

    @Test
    void aRevokedTokenIsRefusedAndItsNameIsFreeAgain() {
        ApiTokenCreation.Created created = create("deploy", 90, ApiTokenScope.ADMIN_READ);
        clock.advance(Duration.ofHours(1));

        ApiTokenRevocation revocation = tokens.revoke(created.token().publicId(), "admin2", CLIENT);

        assertThat(revocation).isInstanceOf(ApiTokenRevocation.Revoked.class);
        ApiToken revoked = store.findByPublicId(created.token().publicId()).orElseThrow();
        assertThat(revoked.state(clock.instant())).isEqualTo(ApiTokenState.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo("admin2");
        assertThat(events).extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.API_TOKEN_CREATED, SecurityEventType.API_TOKEN_REVOKED);
        assertThat(events.get(1).actor()).isEqualTo("admin2");
        assertThat(verifier.check(created.secret(), clock.instant())).isEqualTo(
                new ApiTokenCheck.Refused(ApiTokenCheck.Reason.REVOKED, java.util.Optional.of(revoked)));
        assertThat(tokens.create(request("deploy", 90, ApiTokenScope.ADMIN_READ), "root", CLIENT))
                .isInstanceOf(ApiTokenCreation.Created.class);
    }

    @Test
    void revokingTwiceChangesNothingTheSecondTime() {
        ApiTokenCreation.Created created = create("deploy", 90, ApiTokenScope.ADMIN_READ);
        tokens.revoke(created.token().publicId(), "root", CLIENT);
        clock.advance(Duration.ofMinutes(5));

        assertThat(tokens.revoke(created.token().publicId(), "other", CLIENT))
                .isInstanceOf(ApiTokenRevocation.AlreadyRevoked.class);
        assertThat(store.findByPublicId(created.token().publicId()).orElseThrow().revokedBy()).isEqualTo("root");
        assertThat(events).hasSize(2);
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        for (String id : new String[] {null, "", "nope", "00000000-0000-0000-0000-000000000000", "x".repeat(10_000)}) {
            assertThat(tokens.revoke(id, "root", CLIENT)).as(String.valueOf(id))
                    .isInstanceOf(ApiTokenRevocation.NotFound.class);
        }
        assertThat(events).isEmpty();
    }

    @Test
    void aRequestNeedsAScopeAndALifetimeOfOneTo365Days() {
        assertThat(refusalOf(() -> request("deploy", 90)).field()).isEqualTo("scopes");
        assertThat(refusalOf(() -> new NewApiToken(new ApiTokenName("deploy"), null, 90)).reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusalOf(() -> new NewApiToken(null, Set.of(ApiTokenScope.ADMIN_READ), 90)).field()).isEqualTo("name");
        for (int days : new int[] {0, -1, 366, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            var refusal = refusalOf(() -> request("deploy", days, ApiTokenScope.ADMIN_READ));
            assertThat(refusal.field()).as(days + " days").isEqualTo("expiresInDays");
            assertThat(refusal.reason()).isEqualTo(Reason.NOT_ALLOWED);
        }
        assertThat(request("deploy", 1, ApiTokenScope.ADMIN_READ).expiresInDays()).isEqualTo(1);
        assertThat(request("deploy", 365, ApiTokenScope.ADMIN_READ).expiresInDays()).isEqualTo(365);
    }

    @Test
    void scopesAreParsedByTheirExactNames() {
        assertThat(ApiTokenScope.parseAll(List.of("admin:read", "admin:write", "admin:read")))
                .containsExactlyInAnyOrder(ApiTokenScope.ADMIN_READ, ApiTokenScope.ADMIN_WRITE);
        assertThat(refusalOf(() -> ApiTokenScope.parseAll(List.of())).reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusalOf(() -> ApiTokenScope.parseAll(null)).reason()).isEqualTo(Reason.EMPTY);
        for (String unknown : new String[] {"ADMIN:READ", "admin", "admin:read ", "ADMIN_READ", "", "admin:*"}) {
            assertThat(refusalOf(() -> ApiTokenScope.parseAll(List.of("admin:read", unknown))).reason())
                    .as(unknown).isEqualTo(Reason.NOT_ALLOWED);
        }
        assertThat(refusalOf(() -> ApiTokenScope.parseAll(java.util.Arrays.asList("admin:read", null))).field())
                .isEqualTo("scopes");
    }
}
