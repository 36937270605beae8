package org.symbolon.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;

/** "Remind me later": putting off a required enrollment while the grace period lasts, for pages and API alike. */
@Component
public class EnrollmentPostponement {

    private final SessionSignIn signIn;
    private final SecurityEventLog events;
    private final Clock clock;

    public EnrollmentPostponement(SessionSignIn signIn, SecurityEventLog events, Clock clock) {
        this.signIn = signIn;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Puts the enrollment off for this sign-in, and records it.
     *
     * @return false when the session has no enrollment to put off, or its grace period is over
     */
    public boolean postpone(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
        Optional<SignInTasks> tasks = signIn.tasks(request);
        if (tasks.isEmpty() || tasks.get().changePassword() || !tasks.get().maySkipEnrollment(clock.instant())) {
            return false;
        }
        events.record(new SecurityEvent(SecurityEventType.ENROLLMENT_SKIPPED, account.id(), account.username().value(),
                clock.instant(), Clients.of(request), "until " + tasks.get().enrollmentDeadline()));
        signIn.enrollmentDone(request, response);
        return true;
    }
}
