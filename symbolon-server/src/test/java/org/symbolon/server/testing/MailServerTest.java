package org.symbolon.server.testing;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.policy.CurrentPolicy;

/**
 * A server test with mail on, sending to {@link TestMailServer}, and a clock the test can move.
 * Every such test class shares one application context per database.
 */
@Import(MovableClock.Configuration.class)
public abstract class MailServerTest extends ServerTest {

    @Autowired
    protected MovableClock clock;

    @Autowired
    private CurrentPolicy currentPolicy;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.configure(registry);
    }

    /** Runs after ServerTest's fresh schema: the same OPTIONAL policy, with e-mail codes allowed too. */
    @BeforeEach
    void emptyMailboxRightClockAndEmailCodesAllowed() {
        TestMailServer.emptied();
        clock.reset();
        currentPolicy.save(new InstancePolicy(TwoFactorRequirement.OPTIONAL, 0, InstancePolicy.CONFIGURABLE,
                Optional.empty(), Optional.empty()), Instant.now(), "test");
    }
}
