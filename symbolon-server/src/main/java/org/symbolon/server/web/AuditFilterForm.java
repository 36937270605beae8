package org.symbolon.server.web;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.web.util.UriComponentsBuilder;
import org.symbolon.core.account.Username;
import org.symbolon.core.audit.AuditCriteria;
import org.symbolon.core.audit.AuditCursor;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.text.InputProblem;

/**
 * The filter form of the audit log page, as typed: every field is checked, so that all that is
 * wrong shows at once, each with a message that says what to type instead.
 */
record AuditFilterForm(String user, String type, String from, String to) {

    /**
     * The criteria, or empty with the problems in {@code errors}.
     */
    Optional<AuditCriteria> parse(FormErrors errors) {
        Optional<Username> username = orEmpty(errors.check("user", () -> AuditCriteria.parseUser(user)));
        Optional<SecurityEventType> eventType = Optional.empty();
        try {
            eventType = AuditCriteria.parseType(type);
        } catch (InputProblem unknown) {
            errors.add("type", "audit.error.type");
        }
        Optional<Instant> start = time(errors, "from", () -> AuditCriteria.parseFrom(from));
        Optional<Instant> end = time(errors, "to", () -> AuditCriteria.parseTo(to));
        if (errors.any()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditCriteria(username,
                    eventType.map(Set::of).orElse(Set.of()), start, end));
        } catch (InputProblem emptyRange) {
            errors.add("to", "audit.error.range");
            return Optional.empty();
        }
    }

    /** A link to this page with the same filter, blank fields left out, at the given place. */
    String link(String path, String cursorParameter, AuditCursor cursor) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        add(link, "user", user);
        add(link, "type", type);
        add(link, "from", from);
        add(link, "to", to);
        link.queryParam(cursorParameter, cursor.token());
        return link.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value.strip());
        }
    }

    private static Optional<Instant> time(FormErrors errors, String field, Supplier<Optional<Instant>> parse) {
        try {
            return parse.get();
        } catch (InputProblem notATime) {
            errors.add(field, "audit.error.date");
            return Optional.empty();
        }
    }

    private static <T> Optional<T> orEmpty(Optional<T> parsed) {
        return parsed == null ? Optional.empty() : parsed;
    }
}
