package org.symbolon.core.audit;

import org.symbolon.core.text.InputProblem;

/** Which page of the log to show: the newest, or the one next to a cursor in either direction. */
public sealed interface AuditPosition {

    /** The first page: the newest events. */
    record Newest() implements AuditPosition {
    }

    /** The page of events just before the cursor: the "Older" link. */
    record OlderThan(AuditCursor cursor) implements AuditPosition {
    }

    /** The page of events just after the cursor: the "Newer" link. */
    record NewerThan(AuditCursor cursor) implements AuditPosition {
    }

    AuditPosition NEWEST = new Newest();

    /**
     * The position that a page's links ask for, each given as a {@link AuditCursor#token()}.
     *
     * @throws InputProblem MALFORMED when a token is not one, or both are given
     */
    static AuditPosition parse(String olderThanToken, String newerThanToken) {
        boolean older = olderThanToken != null && !olderThanToken.isEmpty();
        boolean newer = newerThanToken != null && !newerThanToken.isEmpty();
        if (older && newer) {
            throw new InputProblem("after", InputProblem.Reason.NOT_ALLOWED);
        }
        if (older) {
            return new OlderThan(AuditCursor.parse("before", olderThanToken));
        }
        if (newer) {
            return new NewerThan(AuditCursor.parse("after", newerThanToken));
        }
        return NEWEST;
    }
}
