package org.symbolon.server.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.InstancePolicyStore;
import org.symbolon.server.config.SymbolonProperties;
import org.symbolon.server.persistence.JdbcInstancePolicyStore;

/**
 * The instance policy in force, read at most once per {@link #MAX_AGE} rather than once per
 * sign-in: it changes rarely, and every password step needs it. A change made through this
 * server is seen at once; other servers see it within {@link #MAX_AGE}. The one
 * {@link InstancePolicyStore} of the application, in front of the table.
 */
@Component
public class CurrentPolicy implements Supplier<InstancePolicy>, InstancePolicyStore {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private record Cached(InstancePolicy policy, Instant readAt) {
    }

    private final InstancePolicyStore store;
    private final SymbolonProperties properties;
    private final Clock clock;
    private volatile Cached cached;

    public CurrentPolicy(JdbcClient jdbc, SymbolonProperties properties, Clock clock) {
        this.store = new JdbcInstancePolicyStore(jdbc);
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public InstancePolicy get() {
        Cached seen = cached;
        Instant now = clock.instant();
        if (seen == null || !now.isBefore(seen.readAt().plus(MAX_AGE)) || now.isBefore(seen.readAt())) {
            seen = new Cached(store.load(), now);
            cached = seen;
        }
        return seen.policy();
    }

    @Override
    public InstancePolicy load() {
        return get();
    }

    /** Stores a new policy and uses it from now on. */
    @Override
    public void save(InstancePolicy policy, Instant now, String actor) {
        store.save(policy, now, actor);
        cached = new Cached(policy, clock.instant());
    }

    /** The settings of new authenticators: the policy's, or else the configuration file's. */
    public TotpSettings totpDefaults() {
        return get().totpDefaults().orElseGet(() -> properties.totp().settings());
    }

    /** The issuer shown in authenticator apps: the policy's, or else the configuration file's. */
    public String serviceName() {
        return get().serviceName().orElseGet(properties::serviceName);
    }
}
