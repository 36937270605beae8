package org.symbolon.core.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserStore;
import org.symbolon.core.text.InputProblem;

/**
 * Reading the audit log a page at a time: administrators search every account's events, each user
 * reads their own. Pages are found by keyset ({@link AuditCursor}), so the hundredth page costs
 * what the first does.
 */
public final class AuditSearch {

    /** The most events one page may hold. */
    public static final int MAX_LIMIT = 500;

    /** What a search found. */
    public sealed interface Outcome {

        record Found(AuditPage page) implements Outcome {
        }

        /** The criteria name a user that has no account. */
        record UnknownUser() implements Outcome {
        }
    }

    private final SecurityEventQuery events;
    private final UserStore users;

    public AuditSearch(SecurityEventQuery events, UserStore users) {
        this.events = events;
        this.users = users;
    }

    /**
     * A page of the events that match the criteria.
     *
     * @throws InputProblem NOT_ALLOWED on "limit" when it is not 1 to {@link #MAX_LIMIT}
     */
    public Outcome search(AuditCriteria criteria, AuditPosition position, int limit) {
        requireLimit(limit);
        Long userId = null;
        if (criteria.user().isPresent()) {
            Optional<UserAccount> account = users.findByUsername(criteria.user().get());
            if (account.isEmpty()) {
                return new Outcome.UnknownUser();
            }
            userId = account.get().id();
        }
        return new Outcome.Found(page(criteria.toFilter(userId), position, limit, UnaryOperator.identity()));
    }

    /**
     * A page of the user's own events, as the user may see them ({@link AuditEntry#asSeenByItsUser()}).
     *
     * @throws InputProblem NOT_ALLOWED on "limit" when it is not 1 to {@link #MAX_LIMIT}
     */
    public AuditPage ownEvents(long userId, AuditPosition position, int limit) {
        requireLimit(limit);
        return page(AuditFilter.ofUser(userId), position, limit, AuditEntry::asSeenByItsUser);
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InputProblem("limit", InputProblem.Reason.NOT_ALLOWED);
        }
    }

    // One row more than the page holds tells whether there is a next page, without a count.
    private AuditPage page(AuditFilter filter, AuditPosition position, int limit, UnaryOperator<AuditEntry> shown) {
        if (position instanceof AuditPosition.NewerThan newer) {
            List<AuditEntry> ascending = events.oldestFirst(filter, newer.cursor(), limit + 1);
            if (ascending.size() <= limit) {
                // The newest events are reached: show the first page as it is now, full, rather
                // than the few events that happen to lie above the cursor.
                return page(filter, AuditPosition.NEWEST, limit, shown);
            }
            List<AuditEntry> entries = new ArrayList<>(ascending.subList(0, limit));
            Collections.reverse(entries);
            return new AuditPage(entries.stream().map(shown).toList(),
                    Optional.of(entries.get(entries.size() - 1).cursor()), Optional.of(entries.get(0).cursor()));
        }
        Optional<AuditCursor> before = position instanceof AuditPosition.OlderThan older
                ? Optional.of(older.cursor())
                : Optional.empty();
        List<AuditEntry> descending = events.newestFirst(filter, before, limit + 1);
        List<AuditEntry> entries = descending.subList(0, Math.min(limit, descending.size()));
        Optional<AuditCursor> olderStart = descending.size() > limit
                ? Optional.of(entries.get(entries.size() - 1).cursor())
                : Optional.empty();
        // Coming from a newer page, there are newer events: at least the one the cursor names.
        Optional<AuditCursor> newerStart = before.map(cursor -> entries.isEmpty() ? cursor : entries.get(0).cursor());
        return new AuditPage(entries.stream().map(shown).toList(), olderStart, newerStart);
    }
}
