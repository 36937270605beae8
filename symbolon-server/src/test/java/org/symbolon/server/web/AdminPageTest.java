package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * What the tests of the administrators' pages share: an administrator "root" with an authenticator
 * app, signed in on the pages with a code (which counts as a recent confirmation), and ways to
 * read the pages.
 */
abstract class AdminPageTest extends ServerTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @Autowired
    JdbcClient jdbc;

    /** The shipped policy rather than ServerTest's OPTIONAL: these pages are about it, and root has an app. */
    @BeforeEach
    void shippedPolicy() {
        policy(TwoFactorRequirement.REQUIRED_FOR_ADMINS, 0);
    }

    /** root, signed in with password and code, and so confirmed for actions on users. */
    HttpSession rootSignedIn() {
        return EnrolledAccount.admin(accounts, enrollment, "root").signIn(newSession());
    }

    /** A user without a second factor. */
    void user(String name) {
        TestUsers.user(accounts, name);
    }

    /**
     * Posts a form with the CSRF token of the page that holds it; fields in the order given, and
     * a field may repeat (as ticked checkboxes of one name do).
     */
    static HttpSession.Response post(HttpSession session, String page, String action, String... fieldsAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            body.append(encode(fieldsAndValues[i])).append('=').append(encode(fieldsAndValues[i + 1])).append('&');
        }
        body.append("_csrf=").append(encode(csrfOf(session.get(page).body())));
        return session.postRawForm(action, body.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Map<String, String> fields(String... fieldsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return fields;
    }

    static String csrfOf(String page) {
        Matcher csrf = CSRF_FIELD.matcher(page);
        return csrf.find() ? csrf.group(1) : "";
    }

    /** The page the redirect leads to, as the browser would show it next (flash messages included). */
    static HttpSession.Response follow(HttpSession session, HttpSession.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        return session.get(redirect.location().replaceFirst("^https?://[^/]+", ""));
    }

    /** The security events of this type, as "actor username detail" lines, oldest first. */
    List<String> events(String type) {
        return jdbc.sql("SELECT actor, username, detail FROM security_events WHERE type = ? ORDER BY id")
                .param(type)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }

    static void assertNoTrace(HttpSession.Response response) {
        assertThat(response.body()).doesNotContain("Exception", "at org.", "Whitelabel");
    }
}
