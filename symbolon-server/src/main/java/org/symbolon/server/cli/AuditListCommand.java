package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.symbolon.core.audit.AuditCriteria;
import org.symbolon.core.audit.AuditEntry;
import org.symbolon.core.audit.AuditPage;
import org.symbolon.core.audit.AuditPosition;
import org.symbolon.core.audit.AuditSearch;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.text.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code symbolon audit list}: the newest security events, optionally filtered. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List security events, newest first (times in UTC).")
class AuditListCommand implements Callable<Integer> {

    static final int MAX_LIMIT = 100_000;
    private static final String ROW = "%-20s  %-26s  %-20s  %-16s  %-15s  %-12s  %s%n";

    @Mixin
    SettingsOptions settings;

    @Spec
    CommandSpec spec;

    @Option(names = "--user", paramLabel = "NAME", description = "Only this user's events.")
    String user;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only events of this type, e.g. SECOND_FACTOR_FAILED; repeat it or separate with commas for several.")
    List<String> types = new ArrayList<>();

    @Option(names = "--since", paramLabel = "TIME",
            description = "From this date (YYYY-MM-DD, UTC) or instant (2026-03-01T10:00:00Z) on.")
    String since;

    @Option(names = "--until", paramLabel = "TIME",
            description = "Up to this date (that day included) or instant (not included).")
    String until;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "At most N events, 1 to 100000 (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per event and line, instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        AuditCriteria criteria;
        try {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InputProblem("limit", InputProblem.Reason.NOT_ALLOWED);
            }
            List<SecurityEventType> wanted = new ArrayList<>();
            for (String type : types) {
                AuditCriteria.parseType(type).ifPresent(wanted::add);
            }
            criteria = new AuditCriteria(AuditCriteria.parseUser(user), Set.copyOf(wanted),
                    AuditCriteria.parseFrom(since), AuditCriteria.parseTo(until));
        } catch (InputProblem problem) {
            spec.commandLine().getErr().println("Error: " + describe(problem));
            return ExitCodes.USAGE;
        }
        try (ConfigurableApplicationContext context = CliContext.start(settings, spec.commandLine())) {
            return print(context.getBean(AuditSearch.class), criteria, spec.commandLine().getOut());
        }
    }

    /** Reads page after page of at most {@link AuditSearch#MAX_LIMIT} until {@code limit} events are printed. */
    private int print(AuditSearch search, AuditCriteria criteria, PrintWriter out) {
        AuditSearch.Outcome outcome = search.search(criteria, AuditPosition.NEWEST, Math.min(limit, AuditSearch.MAX_LIMIT));
        if (!(outcome instanceof AuditSearch.Outcome.Found first)) {
            spec.commandLine().getErr().println("Error: there is no such user.");
            return ExitCodes.NO_SUCH_USER;
        }
        JsonMapper mapper = json ? JsonMapper.builder().build() : null;
        if (!json) {
            out.printf(ROW, "TIME", "EVENT", "USER", "BY", "IP", "DETAIL", "BROWSER");
        }
        AuditPage page = first.page();
        int left = limit;
        while (true) {
            for (AuditEntry entry : page.entries()) {
                if (json) {
                    out.println(mapper.writeValueAsString(asJson(entry)));
                } else {
                    out.printf(ROW, entry.occurredAt().truncatedTo(ChronoUnit.SECONDS), entry.type(), text(entry.username()),
                            text(entry.actor()), text(entry.clientIp()), text(entry.detail()), text(entry.userAgent()));
                }
            }
            left -= page.entries().size();
            if (left <= 0 || page.older().isEmpty()) {
                break;
            }
            // The user was found for the first page; a later one finds the same account.
            AuditSearch.Outcome next = search.search(criteria, new AuditPosition.OlderThan(page.older().get()),
                    Math.min(left, AuditSearch.MAX_LIMIT));
            if (!(next instanceof AuditSearch.Outcome.Found found)) {
                break;
            }
            page = found.page();
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The members of the API's events (docs/api.md), so that scripts can read either. */
    private static Map<String, Object> asJson(AuditEntry entry) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", entry.id());
        event.put("type", entry.type().name());
        event.put("occurredAt", entry.occurredAt().toString());
        event.put("username", entry.username());
        event.put("actor", entry.actor());
        event.put("clientIp", blankAsNull(entry.clientIp()));
        event.put("userAgent", blankAsNull(entry.userAgent()));
        event.put("detail", blankAsNull(entry.detail()));
        return event;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String text(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    /** The problem in the words of this command's options. */
    private static String describe(InputProblem problem) {
        return switch (problem.field()) {
            case "type" -> "--type must be one of " + List.of(SecurityEventType.values()) + ".";
            case "from" -> "--since must be a date (2026-03-01) or an instant with offset (2026-03-01T10:00:00Z).";
            case "to" -> "--until must be a date (2026-03-01) or an instant with offset, and after --since.";
            case "limit" -> "--limit must be 1 to " + MAX_LIMIT + ".";
            default -> CliMessages.describe(new InputProblem("--" + problem.field(), problem.reason(), problem.limit()));
        };
    }
}
