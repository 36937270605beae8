package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.factor.EnrollmentOutcome;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.testing.AuthenticatorApp;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;

/**
 * The sessions the administrators' API tests act in. An administrator with an authenticator app
 * who signs in through the second factor has confirmed it just now, which an action on another
 * user needs; one who signs in with the password alone has not.
 */
public final class AdminSessions {

    private static final ClientInfo TEST = new ClientInfo("127.0.0.1", "test set-up");

    private AdminSessions() {
    }

    /** A new administrator with an authenticator app, signed in through the second factor. */
    public static HttpSession confirmedAdmin(HttpSession client, AccountAdministration accounts, TotpEnrollment enrollment,
            String name) {
        UserAccount admin = TestUsers.admin(accounts, name);
        AuthenticatorApp app = enrollAuthenticator(enrollment, admin, TestUsers.ADMIN_PASSWORD);
        return signInWithCode(client, name, TestUsers.ADMIN_PASSWORD, app);
    }

    /**
     * A new administrator without a second factor, signed in with the password alone. Needs a
     * policy that requires no second factor of administrators, such as the OPTIONAL that every
     * {@code ServerTest} starts with; otherwise the sign-in would wait for an enrollment.
     */
    public static HttpSession unconfirmedAdmin(HttpSession client, AccountAdministration accounts, String name) {
        TestUsers.admin(accounts, name);
        HttpSession.Response signedIn = client.apiSignIn(name, TestUsers.ADMIN_PASSWORD);
        assertThat(signedIn.json().get("state").asString()).as(signedIn.body()).isEqualTo("AUTHENTICATED");
        return client;
    }

    /**
     * Confirms the password again in a session of an administrator without a second factor, as
     * changes to other users require (POST /api/v1/session/confirm).
     */
    public static HttpSession confirmedWithPassword(HttpSession client, String password) {
        HttpSession.Response confirmed = client.postJson("/api/v1/session/confirm", Map.of("method", "password", "code", password));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        return client;
    }

    /** A plain user signed in with the password (no second factor is required of users by default). */
    public static HttpSession user(HttpSession client, AccountAdministration accounts, String name) {
        TestUsers.user(accounts, name);
        assertThat(client.apiSignIn(name, TestUsers.USER_PASSWORD).status()).isEqualTo(200);
        return client;
    }

    /** Sets up an authenticator app through the core and returns the app, for codes at sign-in. */
    public static AuthenticatorApp enrollAuthenticator(TotpEnrollment enrollment, UserAccount account, String password) {
        EnrollmentOutcome started = enrollment.start(account, password, "Phone");
        assertThat(started).isInstanceOf(EnrollmentOutcome.Started.class);
        EnrollmentOutcome.Started pending = (EnrollmentOutcome.Started) started;
        AuthenticatorApp app = new AuthenticatorApp(pending.secret().base32());
        EnrollmentOutcome activated = enrollment.activate(account, pending.publicId(), app.nextCode(), TEST);
        assertThat(activated).isInstanceOf(EnrollmentOutcome.Activated.class);
        return app;
    }

    /** Signs in with the password and the next code of the app. */
    public static HttpSession signInWithCode(HttpSession client, String username, String password, AuthenticatorApp app) {
        HttpSession.Response afterPassword = client.apiSignIn(username, password);
        assertThat(afterPassword.json().get("state").asString()).as(afterPassword.body()).isEqualTo("SECOND_FACTOR");
        HttpSession.Response signedIn = client.postJson("/api/v1/session/second-factor",
                Map.of("method", "totp", "code", app.nextCode()));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        return client;
    }
}
