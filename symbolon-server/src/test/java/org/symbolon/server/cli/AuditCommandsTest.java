package org.symbolon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code audit list} against an H2 file of its own, as an operator runs it: the events written
 * first through the server's own log, then read back as a table and as JSON.
 */
class AuditCommandsTest {

    private static final String PASSWORD = "quiet-meadow-copper-engine\n";
    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");

    @TempDir
    Path data;

    private CliRun run(String... args) {
        String[] withData = new String[args.length + 1];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data=" + data;
        return CliRun.of("", withData);
    }

    @BeforeEach
    void eventsOfAlice() {
        assertThat(CliRun.of(PASSWORD, "user", "create", "alice", "--password-stdin", "--data=" + data).exitCode()).isZero();
        try (ConfigurableApplicationContext context = context()) {
            // Creating alice was an event too; these tests are about the three below.
            context.getBean(JdbcClient.class).sql("DELETE FROM security_events").update();
            SecurityEventLog log = context.getBean(SecurityEventLog.class);
            log.record(new SecurityEvent(SecurityEventType.TOTP_ENROLLED, 1L, "alice", T, new ClientInfo("192.0.2.7",
                    "Mozilla/5.0 (X11; Linux x86_64)"), null));
            log.record(new SecurityEvent(SecurityEventType.SECOND_FACTOR_FAILED, 1L, "alice", T.plusSeconds(86_400),
                    new ClientInfo("192.0.2.7", "Firefox"), "REPLAYED"));
            log.record(new SecurityEvent(SecurityEventType.TWO_FACTOR_RULE_CHANGED, 1L, "alice", T.plusSeconds(2 * 86_400),
                    ClientInfo.CONSOLE, "EXEMPT", SecurityEvent.CONSOLE));
        }
    }

    private ConfigurableApplicationContext context() {
        SettingsOptions settings = new SettingsOptions();
        settings.dataDir = data;
        return CliContext.start(settings, new CommandLine(new SymbolonCommand()));
    }

    @Test
    void listsTheNewestEventsAsATable() {
        CliRun list = run("audit", "list");

        assertThat(list.exitCode()).as(list.err()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.get(0)).startsWith("TIME").contains("EVENT", "USER", "BY", "IP", "DETAIL", "BROWSER");
        assertThat(lines.get(1)).startsWith("2026-03-03T10:15:30Z").contains("TWO_FACTOR_RULE_CHANGED", "console", "EXEMPT");
        assertThat(lines.get(3)).startsWith("2026-03-01T10:15:30Z").contains("TOTP_ENROLLED", "alice", "192.0.2.7",
                "Mozilla/5.0 (X11; Linux x86_64)");
        assertThat(lines).hasSize(4);
    }

    @Test
    void filtersByUserTypeAndTimeAndStopsAtTheLimit() {
        assertThat(rows(run("audit", "list", "--user", "ALICE", "--type", "second_factor_failed,TOTP_ENROLLED")))
                .hasSize(2);
        assertThat(rows(run("audit", "list", "--since", "2026-03-02", "--until", "2026-03-02"))).singleElement()
                .asString().contains("SECOND_FACTOR_FAILED");
        assertThat(rows(run("audit", "list", "--since", "2026-03-02T10:15:30.123456Z"))).hasSize(2);
        assertThat(rows(run("audit", "list", "--limit", "1"))).singleElement().asString().contains("TWO_FACTOR_RULE_CHANGED");
        assertThat(rows(run("audit", "list", "--limit", "100000"))).hasSize(3);
    }

    @Test
    void aLimitBeyondOnePageOfTheCoreIsReadInSeveralPagesWithoutRepeats() {
        try (ConfigurableApplicationContext context = context()) {
            SecurityEventLog log = context.getBean(SecurityEventLog.class);
            for (int i = 0; i < 600; i++) {
                log.record(new SecurityEvent(SecurityEventType.SECOND_FACTOR_SUCCEEDED, 1L, "alice", T.minusSeconds(i / 3),
                        ClientInfo.CONSOLE, null));
            }
        }

        List<String> ids = run("audit", "list", "--json", "--limit", "1000").out().lines()
                .map(line -> JsonMapper.builder().build().readTree(line).get("id").asString()).toList();

        assertThat(ids).hasSize(603).doesNotHaveDuplicates();
        assertThat(rows(run("audit", "list", "--limit", "550"))).hasSize(550);
    }

    @Test
    void jsonIsOneObjectPerLineWithTheMembersOfTheApi() {
        CliRun list = run("audit", "list", "--json", "--type", "TOTP_ENROLLED");

        assertThat(list.exitCode()).as(list.err()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode event = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(event.get("type").asString()).isEqualTo("TOTP_ENROLLED");
        assertThat(event.get("occurredAt").asString()).isEqualTo("2026-03-01T10:15:30.123456Z");
        assertThat(event.get("username").asString()).isEqualTo("alice");
        assertThat(event.get("actor").isNull()).isTrue();
        assertThat(event.get("clientIp").asString()).isEqualTo("192.0.2.7");
        assertThat(event.get("detail").isNull()).isTrue();
        assertThat(event.get("id").isNumber()).isTrue();
    }

    @Test
    void anUnknownUserExitsWithThree() {
        CliRun list = run("audit", "list", "--user", "nobody");

        assertThat(list.exitCode()).isEqualTo(3);
        assertThat(list.err()).contains("no such user");
        assertThat(list.out()).as("not even the table's head").isEmpty();
    }

    @Test
    void badArgumentsExitWithTwoAndNameTheOption() {
        String[][] cases = {
            {"--type", "SIGNED_IN", "--type must be one of"},
            {"--since", "01.03.2026", "--since must be a date"},
            {"--until", "2026-02-30", "--until must be a date"},
            {"--since", "2026-03-02", "--until", "2026-03-01", "after --since"},
            {"--user", "x".repeat(10_000), "--user must have at most 64 characters"},
            {"--limit", "0", "--limit must be 1 to 100000"},
            {"--limit", "abc", "Invalid value for option '--limit'"},
            {"--frobnicate", "Unknown option"},
        };
        for (String[] bad : cases) {
            String[] args = new String[bad.length + 1];
            args[0] = "audit";
            args[1] = "list";
            System.arraycopy(bad, 0, args, 2, bad.length - 1);
            CliRun list = run(args);
            assertThat(list.exitCode()).as(bad[0]).isEqualTo(2);
            assertThat(list.err()).as(bad[0]).contains(bad[bad.length - 1]).doesNotContain("\tat ");
        }
    }

    @Test
    void unreachableDatabaseExitsWithFour() throws Exception {
        Path config = Files.writeString(data.resolve("symbolon.yml"), "symbolon:\n  db:\n    url: jdbc:postgresql://127.0.0.1:1/nothing\n");

        CliRun list = run("audit", "list", "--config=" + config);

        assertThat(list.exitCode()).isEqualTo(4);
        assertThat(list.err()).contains("cannot reach the database");
    }

    @Test
    void helpListsTheCommandAndItsOptions() {
        assertThat(CliRun.of("", "--help").out()).contains("audit");
        assertThat(CliRun.of("", "audit", "list", "--help").out())
                .contains("--user", "--type", "--since", "--until", "--limit", "--json");
    }

    private static List<String> rows(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().skip(1).toList();
    }
}
