package org.symbolon.server.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.symbolon.core.login.AfterSignIn;
import org.symbolon.core.policy.EnrollmentDue;

/**
 * What a signed-in session must do before it reaches anything else (see {@link SignInTasksFilter}):
 * choose a new password, then set up a second factor. Kept in the session.
 *
 * @param enrollmentDeadline until when enrollment may be skipped; null when it may not be
 */
public record SignInTasks(boolean changePassword, boolean enroll, Instant enrollmentDeadline) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = SignInTasks.class.getName();

    static SignInTasks of(AfterSignIn after) {
        EnrollmentDue due = after.enrollment();
        return new SignInTasks(after.changePassword(), due.isDue(),
                due instanceof EnrollmentDue.By by ? by.deadline() : null);
    }

    public boolean isEmpty() {
        return !changePassword && !enroll;
    }

    public boolean maySkipEnrollment(Instant now) {
        return enroll && enrollmentDeadline != null && now.isBefore(enrollmentDeadline);
    }

    SignInTasks passwordChanged() {
        return new SignInTasks(false, enroll, enrollmentDeadline);
    }

    SignInTasks enrolled() {
        return new SignInTasks(changePassword, false, null);
    }
}
