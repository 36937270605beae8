package org.symbolon.server.testing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context an id of its own, fixed for its lifetime, that names its
 * H2 data directory and its PostgreSQL schema. ({@code ${random...}} would not do: it is drawn
 * anew each time a property is read, so two readers would see two databases.)
 */
public final class ContextIdInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String id = ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("symbolon-test-context", Map.of("symbolon.test.context-id", id)));
    }
}
