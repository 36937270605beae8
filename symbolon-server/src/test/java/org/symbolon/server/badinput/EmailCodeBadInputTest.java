package org.symbolon.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.Username;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.MailServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * The e-mail code endpoints tried with {@link BadValues} and codes of the wrong shape: a 4xx every
 * time, never a 500, and no code stored, mailed or spent, no factor added. Run on H2 and PostgreSQL
 * by the subclasses.
 */
abstract class EmailCodeBadInputTest extends MailServerTest {

    /** Fullwidth and Arabic-Indic digits, a sign, a digit short, a digit over, letters, an emoji. */
    private static final List<String> MALFORMED_CODES = List.of("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16",
            "\u0661\u0662\u0663\u0664\u0665\u0666", "+12345", "12345", "1234567", "abcdef", "12345\uD83D\uDE00");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void daraHasAnAddress() {
        accounts.create(new NewUserRequest(new Username("dara"), new DisplayName(""),
                Optional.of(new EmailAddress("dara@example.org")), Role.USER, TestUsers.USER_PASSWORD));
    }

    private static Map<String, String> bodies(String member, List<String> extraStrings) {
        Map<String, String> bodies = new LinkedHashMap<>();
        BadValues.json().forEach((name, value) -> bodies.put(name, "{\"" + member + "\":" + value + "}"));
        for (String extra : extraStrings) {
            bodies.put(extra, "{\"" + member + "\":\"" + extra + "\"}");
        }
        bodies.put("null", "{\"" + member + "\":null}");
        bodies.put("missing", "{}");
        bodies.put("unknown member", "{\"" + member + "\":\"x\",\"other\":1}");
        bodies.put("not JSON", "{\"" + member + "\":");
        bodies.put("no body", null);
        return bodies;
    }

    private void tryAll(HttpSession client, String path, Map<String, String> bodies) {
        BadValues.postEach(client, path, bodies, failures);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void addingTheFactorWithBadInputIsRefusedAndStoresNothing() {
        HttpSession dara = newSession();
        assertThat(dara.apiSignIn("dara", TestUsers.USER_PASSWORD).status()).isEqualTo(200);

        tryAll(dara, "/api/v1/account/email-factor", bodies("password", List.of("wrong password")));
        tryAll(dara, "/api/v1/account/email-factor/confirm", bodies("code", MALFORMED_CODES));

        assertThat(failures).isEmpty();
        assertThat(count("email_codes")).isZero();
        assertThat(count("email_factors")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE type LIKE 'EMAIL%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void askingForOrTypingASignInCodeWithBadInputIsRefusedAndSendsNothing() {
        jdbc.sql("INSERT INTO email_factors (user_id, address, created_at) SELECT id, email, created_at FROM users")
                .update();
        HttpSession client = newSession();
        assertThat(client.apiSignIn("dara", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("SECOND_FACTOR");

        tryAll(client, "/api/v1/session/second-factor/challenge",
                bodies("method", List.of("EMAIL", "Email", "totp", "recovery_code", "bypass_code", "SMS", "email ")));
        for (String code : MALFORMED_CODES) {
            HttpSession.Response response = client.postJson("/api/v1/session/second-factor",
                    Map.of("method", "email", "code", code));
            jdbc.sql("UPDATE users SET second_factor_failures = 0, second_factor_last_failure_at = NULL").update();
            if (response.status() != 401) {
                failures.add("second-factor with " + code + ": " + response.status() + " " + response.body());
            }
        }

        assertThat(failures).isEmpty();
        assertThat(count("email_codes")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE type = 'EMAIL_CODE_SENT'").query(Long.class)
                .single()).isZero();
    }
}
