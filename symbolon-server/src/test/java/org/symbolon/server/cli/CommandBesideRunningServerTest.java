package org.symbolon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;

/**
 * A second process works on the H2 file while the server has it open (AUTO_SERVER), and what
 * it does takes effect in the server at once: here an operator creates an administrator and
 * disables a user from the console.
 */
class CommandBesideRunningServerTest extends ServerTest {

    @Value("${symbolon.data-dir}")
    String dataDir;

    @Test
    void consoleCommandsWorkOnTheDatabaseOfARunningServer() {
        ConsoleProcess create = ConsoleProcess.run(dataDir, "quiet-meadow-copper-engine\n",
                "user", "create", "operator", "--role", "admin", "--password-stdin");
        assertThat(create.exitCode()).as(create.output()).isZero();

        HttpSession operator = newSession();
        assertThat(operator.apiSignIn("operator", "quiet-meadow-copper-engine").status()).isEqualTo(200);

        ConsoleProcess createUser = ConsoleProcess.run(dataDir, "violet-harbour-lantern\n",
                "user", "create", "alice", "--password-stdin");
        assertThat(createUser.exitCode()).isZero();
        HttpSession alice = newSession();
        assertThat(alice.apiSignIn("alice", "violet-harbour-lantern").status()).isEqualTo(200);

        ConsoleProcess disable = ConsoleProcess.run(dataDir, "", "user", "disable", "alice");
        assertThat(disable.exitCode()).as(disable.output()).isZero();
        assertThat(alice.get("/api/v1/account").status()).isEqualTo(401);
    }
}
