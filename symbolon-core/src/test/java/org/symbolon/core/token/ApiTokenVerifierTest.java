package org.symbolon.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.testing.InMemoryApiTokenStore;
import org.symbolon.core.testing.MutableClock;
import org.symbolon.core.token.ApiTokenCheck.Reason;

class ApiTokenVerifierTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryApiTokenStore store = new InMemoryApiTokenStore();
    private final ApiTokenHasher hasher = secret -> "hash:" + secret.hashCode() + ":" + secret.length();
    private final ApiTokenAdministration tokens =
            new ApiTokenAdministration(store, hasher, event -> { }, new SecureRandom(), clock);
    private final ApiTokenVerifier verifier = new ApiTokenVerifier(store, hasher);

    private ApiTokenCreation.Created create(int days) {
        return (ApiTokenCreation.Created) tokens.create(
                new NewApiToken(new ApiTokenName("deploy"), Set.of(ApiTokenScope.ADMIN_READ), days), "root",
                ClientInfo.CONSOLE);
    }

    @Test
    void theSecretIsAcceptedUntilTheMomentOfExpiry() {
        ApiTokenCreation.Created created = create(1);
        Instant expiry = START.plus(Duration.ofDays(1));

        assertThat(verifier.check(created.secret(), expiry.minusNanos(1000)))
                .isInstanceOf(ApiTokenCheck.Accepted.class);
        ApiTokenCheck atExpiry = verifier.check(created.secret(), expiry);
        assertThat(atExpiry).isInstanceOf(ApiTokenCheck.Refused.class);
        assertThat(((ApiTokenCheck.Refused) atExpiry).reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void secretsThatAreNotOursAreRefusedWithTheirReason() {
        String secret = create(90).secret();
        String otherSecret = ApiTokenSecret.generate(new SecureRandom());

        assertThat(verifier.check(otherSecret, START)).isEqualTo(new ApiTokenCheck.Refused(Reason.UNKNOWN, Optional.empty()));
        for (String malformed : new String[] {null, "", secret.toUpperCase(), secret + " ", " " + secret,
                secret.substring(1), "x".repeat(10_000)}) {
            assertThat(verifier.check(malformed, START)).as("a malformed secret, never printed")
                    .isEqualTo(new ApiTokenCheck.Refused(Reason.MALFORMED, Optional.empty()));
        }
    }

    @Test
    void theTimeOfLastUseIsWrittenAtMostOnceAMinute() {
        String secret = create(90).secret();

        for (int second = 0; second < 120; second++) {
            assertThat(verifier.check(secret, START.plusSeconds(second))).isInstanceOf(ApiTokenCheck.Accepted.class);
        }

        assertThat(store.useWrites()).isEqualTo(2);
        assertThat(tokens.list().get(0).lastUsed()).contains(START.plusSeconds(61));
    }
}
