package org.symbolon.server.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A {@link MailServerTest} with SMS on too, through {@link TestSmsGateway#shared()} as a JSON gateway. */
public abstract class SmsServerTest extends MailServerTest {

    protected final TestSmsGateway gateway = TestSmsGateway.shared();

    @DynamicPropertySource
    static void smsGateway(DynamicPropertyRegistry registry) {
        TestSmsGateway.configure(registry);
    }

    @BeforeEach
    void gatewayAnswersAgain() {
        gateway.reset();
    }
}
