package org.symbolon.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.notify.AfterCommitNoticeOutbox;
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

    @Autowired
    private AfterCommitNoticeOutbox notices;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.configure(registry);
    }

    /** Runs after ServerTest's fresh schema: the same OPTIONAL policy, with e-mail codes allowed too. */
    @BeforeEach
    void emptyMailboxRightClockAndEmailCodesAllowed() {
        // A notice of the test before, still on its way, would otherwise arrive in this test's mailbox.
        assertThat(notices.drain(Duration.ofSeconds(20))).isTrue();
        TestMailServer.emptied();
        clock.reset();
        currentPolicy.save(new InstancePolicy(TwoFactorRequirement.OPTIONAL, 0, InstancePolicy.CONFIGURABLE,
                Optional.empty(), Optional.empty()), Instant.now(), "test");
    }

    /** Every notice of this test sent before the next test, of this class or another, empties the mailbox. */
    @AfterEach
    void noticesOfThisTestSent() {
        assertThat(notices.drain(Duration.ofSeconds(20))).isTrue();
    }
}
