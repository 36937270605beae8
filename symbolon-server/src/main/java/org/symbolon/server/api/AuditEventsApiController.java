package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.symbolon.core.audit.AuditCriteria;
import org.symbolon.core.audit.AuditCursor;
import org.symbolon.core.audit.AuditEntry;
import org.symbolon.core.audit.AuditPage;
import org.symbolon.core.audit.AuditPosition;
import org.symbolon.core.audit.AuditSearch;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.SignedInUser;

/**
 * The audit log for administrators, and each user's own security events. Pages go from the
 * newest event to older ones: each answer's {@code nextCursor} asks for the next.
 */
@RestController
class AuditEventsApiController {

    static final int DEFAULT_LIMIT = 50;

    /** An event as the API shows it. {@code id} orders events of the same instant. */
    record AuditEventView(long id, String type, Instant occurredAt, String username, String actor, String clientIp,
            String userAgent, String detail) {

        static AuditEventView of(AuditEntry entry) {
            return new AuditEventView(entry.id(), entry.type().name(), entry.occurredAt(), entry.username(),
                    entry.actor(), blankAsNull(entry.clientIp()), blankAsNull(entry.userAgent()), blankAsNull(entry.detail()));
        }

        private static String blankAsNull(String text) {
            return text == null || text.isEmpty() ? null : text;
        }
    }

    /** @param nextCursor pass it as {@code cursor} for the next, older page; null on the last page */
    record AuditEventListView(List<AuditEventView> events, String nextCursor) {

        static AuditEventListView of(AuditPage page) {
            return new AuditEventListView(page.entries().stream().map(AuditEventView::of).toList(),
                    page.older().map(AuditCursor::token).orElse(null));
        }
    }

    private final AuditSearch search;

    AuditEventsApiController(AuditSearch search) {
        this.search = search;
    }

    /**
     * @param actor who asks: resolved like every administrative request, so that an API token will
     *     be let in as a signed-in administrator is; reading the log is not itself logged
     */
    @GetMapping("/api/v1/admin/audit-events")
    @Tag(name = "Admin: audit log", description = "Every account's security events. Administrators only.")
    @Operation(summary = "Security events, newest first, filtered by user, type and time. 400 invalid_audit_query, 404 user_not_found.")
    AuditEventListView list(@Parameter(hidden = true) Actor actor,
            @Parameter(description = "A username; events of every user when absent.") @RequestParam(required = false) String user,
            @Parameter(description = "An event type, e.g. SECOND_FACTOR_FAILED; repeat it, or separate with commas, for several.")
            @RequestParam(required = false) List<String> type,
            @Parameter(description = "From this date (YYYY-MM-DD, UTC) or instant, inclusive.") @RequestParam(required = false) String from,
            @Parameter(description = "To this date (that day included) or instant (exclusive).") @RequestParam(required = false) String to,
            @Parameter(description = "The nextCursor of the previous page.") @RequestParam(required = false) String cursor,
            @Parameter(description = "Events per page, 1 to 500; default 50.") @RequestParam(required = false) String limit) {
        AuditCriteria criteria = new AuditCriteria(AuditCriteria.parseUser(user), types(type),
                AuditCriteria.parseFrom(from), AuditCriteria.parseTo(to));
        AuditSearch.Outcome outcome = search.search(criteria, position(cursor), limit(limit));
        if (outcome instanceof AuditSearch.Outcome.Found found) {
            return AuditEventListView.of(found.page());
        }
        throw new ApiException(ApiError.USER_NOT_FOUND);
    }

    @GetMapping("/api/v1/account/security-events")
    @Tag(name = "Account", description = "The signed-in user's own account.")
    @Operation(summary = "The signed-in user's own security events, newest first. 400 invalid_audit_query.")
    AuditEventListView ownEvents(@AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "The nextCursor of the previous page.") @RequestParam(required = false) String cursor,
            @Parameter(description = "Events per page, 1 to 500; default 50.") @RequestParam(required = false) String limit) {
        return AuditEventListView.of(search.ownEvents(user.id(), position(cursor), limit(limit)));
    }

    /** Every bad parameter of these two endpoints is one code, naming the parameter and what is wrong. */
    @ExceptionHandler(InputProblem.class)
    ResponseEntity<ProblemDetail> invalidQuery(InputProblem problem) {
        ProblemDetail body = ProblemResponses.problem(ApiError.INVALID_AUDIT_QUERY);
        body.setProperty("field", problem.field());
        body.setProperty("reason", problem.reason().name().toLowerCase(Locale.ROOT));
        if (problem.limit() > 0) {
            body.setProperty("limit", problem.limit());
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static Set<SecurityEventType> types(List<String> names) {
        List<SecurityEventType> types = new ArrayList<>();
        if (names != null) {
            for (String name : names) {
                AuditCriteria.parseType(name).ifPresent(types::add);
            }
        }
        return Set.copyOf(types);
    }

    private static AuditPosition position(String cursor) {
        return cursor == null || cursor.isEmpty()
                ? AuditPosition.NEWEST
                : new AuditPosition.OlderThan(AuditCursor.parse("cursor", cursor));
    }

    /** Taken as text, so that "limit=abc" is this endpoint's own error, not a generic one. */
    private static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        if (text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InputProblem("limit", InputProblem.Reason.NOT_ALLOWED);
        }
        return Integer.parseInt(text);
    }
}
