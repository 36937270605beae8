package org.symbolon.server.web;

import java.util.Map;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.factor.EnrollmentOutcome;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.TestUsers;

/**
 * An account with an authenticator app, set up through the core service as a person would (the
 * codes from oathtool), so that an administrator passes any policy that requires a second factor.
 *
 * @param app the authenticator app, for codes at sign-in
 */
public record EnrolledAccount(UserAccount account, String password, AuthenticatorApp app) {

    private static final ClientInfo TEST_CLIENT = new ClientInfo("127.0.0.1", "test");

    public static EnrolledAccount admin(AccountAdministration accounts, TotpEnrollment enrollment, String name) {
        return enroll(TestUsers.admin(accounts, name), TestUsers.ADMIN_PASSWORD, enrollment);
    }

    public static EnrolledAccount user(AccountAdministration accounts, TotpEnrollment enrollment, String name) {
        return enroll(TestUsers.user(accounts, name), TestUsers.USER_PASSWORD, enrollment);
    }

    private static EnrolledAccount enroll(UserAccount account, String password, TotpEnrollment enrollment) {
        EnrollmentOutcome started = enrollment.start(account, password, "Phone");
        if (!(started instanceof EnrollmentOutcome.Started pending)) {
            throw new IllegalStateException("set-up refused: " + started);
        }
        AuthenticatorApp app = new AuthenticatorApp(pending.secret().base32());
        EnrollmentOutcome activated = enrollment.activate(account, pending.publicId(), app.nextCode(), TEST_CLIENT);
        if (!(activated instanceof EnrollmentOutcome.Activated)) {
            throw new IllegalStateException("activation refused: " + activated);
        }
        return new EnrolledAccount(account, password, app);
    }

    /** A code for the next sign-in, later than every code given before. */
    public String nextCode() {
        return app.nextCode();
    }

    /**
     * Signs in on the sign-in pages, password then code; the second step counts as a recent
     * confirmation for the admin pages' actions.
     */
    public HttpSession signIn(HttpSession web) {
        HttpSession.Response afterPassword = web.submitForm("/login", "/login",
                Map.of("username", account.username().value(), "password", password));
        if (afterPassword.status() != 302 || !afterPassword.location().endsWith("/login/second-factor")) {
            throw new IllegalStateException("password step: " + afterPassword.status() + " " + afterPassword.location());
        }
        HttpSession.Response code = web.submitForm("/login/second-factor", "/login/second-factor",
                Map.of("method", "totp", "code", nextCode()));
        if (code.status() != 302) {
            throw new IllegalStateException("second step: " + code.status());
        }
        return web;
    }
}
