package org.symbolon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    void consoleCommandsWorkOnTheDatabaseOfARunningServer() throws Exception {
        Process create = console("quiet-meadow-copper-engine\n", "user", "create", "operator", "--role", "admin", "--password-stdin");
        assertThat(create.exitValue()).as(output(create)).isZero();

        HttpSession operator = newSession();
        assertThat(operator.apiSignIn("operator", "quiet-meadow-copper-engine").status()).isEqualTo(200);

        Process createUser = console("violet-harbour-lantern\n", "user", "create", "alice", "--password-stdin");
        assertThat(createUser.exitValue()).isZero();
        HttpSession alice = newSession();
        assertThat(alice.apiSignIn("alice", "violet-harbour-lantern").status()).isEqualTo(200);

        Process disable = console("", "user", "disable", "alice");
        assertThat(disable.exitValue()).as(output(disable)).isZero();
        assertThat(alice.get("/api/v1/account").status()).isEqualTo(401);
    }

    /** Runs the command line in a new JVM, as an operator's shell would. */
    private Process console(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), "org.symbolon.server.Main"));
        command.addAll(List.of(args));
        command.add("--data=" + dataDir);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return process;
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
