package org.symbolon.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a server test against PostgreSQL (127.0.0.1:5432, database test, or SYMBOLON_TEST_PG_URL)
 * in a schema of its own, instead of the default H2 file.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles({"test", "postgres"})
public @interface OnPostgres {
}
