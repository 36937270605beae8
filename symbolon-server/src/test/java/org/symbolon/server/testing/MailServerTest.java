package org.symbolon.server.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server test with mail on, sending to {@link TestMailServer}, and a clock the test can move.
 * Every such test class shares one application context per database.
 */
@Import(MovableClock.Configuration.class)
public abstract class MailServerTest extends ServerTest {

    @Autowired
    protected MovableClock clock;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.configure(registry);
    }

    @BeforeEach
    void emptyMailboxAndRightClock() {
        TestMailServer.emptied();
        clock.reset();
    }
}
