package org.symbolon.core.login;

import org.symbolon.core.policy.EnrollmentDue;

/**
 * What a user must do once signed in, before reaching anything else: choose a new password
 * after an administrator reset it, and enroll a second factor that the policy requires.
 */
public record AfterSignIn(boolean changePassword, EnrollmentDue enrollment) {

    public static final AfterSignIn NOTHING = new AfterSignIn(false, EnrollmentDue.NONE);

    public boolean isEmpty() {
        return !changePassword && !enrollment.isDue();
    }

    public AfterSignIn withEnrollment(EnrollmentDue due) {
        return new AfterSignIn(changePassword, due);
    }

    public AfterSignIn withPasswordChanged() {
        return new AfterSignIn(false, enrollment);
    }
}
