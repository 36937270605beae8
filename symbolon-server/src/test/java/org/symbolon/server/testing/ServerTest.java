package org.symbolon.server.testing;

import java.time.Instant;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.SymbolonApplication;
import org.symbolon.server.policy.CurrentPolicy;

/**
 * A test against the whole server on a random port, over real HTTP, on a fresh schema: H2 by
 * default, PostgreSQL with {@link OnPostgres}.
 *
 * <p>Each test starts with the policy {@code OPTIONAL} rather than the shipped
 * {@code REQUIRED_FOR_ADMINS}, so that a test about something else can sign in an administrator
 * without enrolling first; tests of the policy set the one they are about with {@link #policy}.
 */
@SpringBootTest(classes = SymbolonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = ContextIdInitializer.class)
public abstract class ServerTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private Flyway flyway;

    @Autowired
    private CurrentPolicy currentPolicy;

    @BeforeEach
    void freshSchema() {
        flyway.clean();
        flyway.migrate();
        // Through the cache, which would otherwise keep the previous test's policy for a while.
        policy(TwoFactorRequirement.OPTIONAL, 0);
    }

    /** Sets the instance policy's requirement and grace period, with the methods allowed as shipped. */
    protected void policy(TwoFactorRequirement requirement, int graceDays) {
        currentPolicy.save(new InstancePolicy(requirement, graceDays, InstancePolicy.DEFAULT.allowedMethods(),
                Optional.empty(), Optional.empty()), Instant.now(), "test");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected HttpSession newSession() {
        return new HttpSession(baseUrl());
    }
}
