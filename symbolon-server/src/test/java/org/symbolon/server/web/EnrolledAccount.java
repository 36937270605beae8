package org.symbolon.server.web;

import java.time.Instant;
import java.util.Map;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.factor.EnrollmentOutcome;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.TestUsers;

/**
 * An account with an authenticator app, set up through the core service as a person would (the
 * codes from oathtool), so that an administrator passes any policy that requires a second factor.
 *
 * @param key the authenticator's Base32 key, for codes at sign-in
 */
public record EnrolledAccount(UserAccount account, String password, String key) {

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
        String key = pending.secret().base32();
        EnrollmentOutcome activated = enrollment.activate(account, pending.publicId(), Oathtool.totp(key, Instant.now()),
                TEST_CLIENT);
        if (!(activated instanceof EnrollmentOutcome.Activated)) {
            throw new IllegalStateException("activation refused: " + activated);
        }
        return new EnrolledAccount(account, password, key);
    }

    /**
     * A code for the next sign-in: the one after the code that activated the app (which counts as
     * used), well inside the window of one step.
     */
    public String nextCode() {
        return Oathtool.totp(key, Instant.now().plusSeconds(30));
    }

    /**
     * Signs in on the sign-in pages, password then code; the second step counts as a recent
     * confirmation for the admin pages' actions. Once per test: a code is accepted only once.
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
