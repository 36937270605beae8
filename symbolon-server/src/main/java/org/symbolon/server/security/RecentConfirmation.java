package org.symbolon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * "Has this administrator confirmed a second factor (or, without one, the password) lately?" An
 * administrator's action on another user needs it within {@link #VALIDITY}, so that a session
 * left open on an unattended desk cannot reset somebody's second factor. API tokens carry no
 * session; whoever holds one is trusted as its creator was (they are scoped and expire).
 */
@Component
public class RecentConfirmation {

    public static final Duration VALIDITY = Duration.ofMinutes(15);

    static final String ATTRIBUTE = RecentConfirmation.class.getName();

    private final Clock clock;

    public RecentConfirmation(Clock clock) {
        this.clock = clock;
    }

    /** Records a confirmation made now: at the second step of a sign-in, or on the confirmation page. */
    public void confirmed(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, clock.instant());
    }

    public boolean isRecent(HttpServletRequest request, Actor actor) {
        if (actor.isToken()) {
            return true;
        }
        HttpSession session = request.getSession(false);
        Object at = session == null ? null : session.getAttribute(ATTRIBUTE);
        return at instanceof Instant confirmedAt && clock.instant().isBefore(confirmedAt.plus(VALIDITY));
    }
}
