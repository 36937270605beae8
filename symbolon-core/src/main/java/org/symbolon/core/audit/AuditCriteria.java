package org.symbolon.core.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.symbolon.core.account.Username;
import org.symbolon.core.text.InputProblem;

/**
 * What an administrator asks of the audit log, as typed on the page, in the API or on the
 * console: whose events, which types, and a time range, from inclusive to exclusive. The parse
 * methods serve all three edges, so that they accept the same text; each names its field in the
 * {@link InputProblem} it throws ("user", "type", "from", "to").
 */
public record AuditCriteria(Optional<Username> user, Set<SecurityEventType> types, Optional<Instant> from,
        Optional<Instant> until) {

    /** Longer dates or type names are refused before they are parsed. */
    static final int MAX_TEXT_LENGTH = 64;

    // The years a date may name: four digits, as the ISO form of <input type=date> and people write them.
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * @throws InputProblem NOT_ALLOWED on "to" when the range is empty: "to" not after "from"
     */
    public AuditCriteria {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            throw new InputProblem("to", InputProblem.Reason.NOT_ALLOWED);
        }
    }

    /** Every event. */
    public static AuditCriteria everything() {
        return new AuditCriteria(Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
    }

    AuditFilter toFilter(Long userId) {
        return new AuditFilter(userId, types, from.orElse(null), until.orElse(null));
    }

    /** A username, or empty for everyone when the text is blank. Problems are the username's, on field "user". */
    public static Optional<Username> parseUser(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Username.parse(text));
        } catch (InputProblem problem) {
            throw new InputProblem("user", problem.reason(), problem.limit());
        }
    }

    /** An event type by its name, in any letter case, or empty for every type when the text is blank. */
    public static Optional<SecurityEventType> parseType(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InputProblem("type", InputProblem.Reason.NOT_ALLOWED);
        }
        try {
            return Optional.of(SecurityEventType.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw new InputProblem("type", InputProblem.Reason.NOT_ALLOWED);
        }
    }

    /**
     * The start of the range: a date (YYYY-MM-DD, from the start of that day in UTC) or an instant
     * with an offset (2026-03-01T10:00:00Z, 2026-03-01T11:00:00+01:00). Empty when blank.
     *
     * @throws InputProblem NOT_ALLOWED on "from" when it is neither
     */
    public static Optional<Instant> parseFrom(String text) {
        return parseTime("from", text, false);
    }

    /**
     * The end of the range: a date (that whole day included, in UTC) or an instant (events before
     * it). Empty when blank.
     *
     * @throws InputProblem NOT_ALLOWED on "to" when it is neither
     */
    public static Optional<Instant> parseTo(String text) {
        return parseTime("to", text, true);
    }

    private static Optional<Instant> parseTime(String field, String text, boolean end) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw new InputProblem(field, InputProblem.Reason.NOT_ALLOWED);
        }
        try {
            if (trimmed.indexOf('T') < 0 && trimmed.indexOf('t') < 0) {
                LocalDate day = LocalDate.parse(trimmed);
                if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                    throw new InputProblem(field, InputProblem.Reason.NOT_ALLOWED);
                }
                return Optional.of((end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            OffsetDateTime time = OffsetDateTime.parse(trimmed);
            LocalDate day = time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                throw new InputProblem(field, InputProblem.Reason.NOT_ALLOWED);
            }
            return Optional.of(time.toInstant());
        } catch (DateTimeException notATime) {
            throw new InputProblem(field, InputProblem.Reason.NOT_ALLOWED);
        }
    }
}
