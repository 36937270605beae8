package org.symbolon.server.testing;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.symbolon.server.SymbolonApplication;

/**
 * A test against the whole server on a random port, over real HTTP, on a fresh schema: H2 by
 * default, PostgreSQL with {@link OnPostgres}.
 */
@SpringBootTest(classes = SymbolonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = ContextIdInitializer.class)
public abstract class ServerTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private Flyway flyway;

    @BeforeEach
    void freshSchema() {
        flyway.clean();
        flyway.migrate();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected HttpSession newSession() {
        return new HttpSession(baseUrl());
    }
}
