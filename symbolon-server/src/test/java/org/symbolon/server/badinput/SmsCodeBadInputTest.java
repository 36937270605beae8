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
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.Username;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.SmsServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * The SMS endpoints tried with {@link BadValues}, numbers that are no numbers and codes of the
 * wrong shape: a 4xx every time, never a 500, and nothing stored, texted or spent. Run on H2 and
 * PostgreSQL by the subclasses.
 */
abstract class SmsCodeBadInputTest extends SmsServerTest {

    /** No country code (and no default region), too short, too long, letters, an extension, a second number. */
    private static final List<String> BAD_NUMBERS = List.of("0170 1234567", "+49", "+1 555", "12345",
            "+49 170 1234567 8901 2345", "+49 ABC DEFGHIJ", "+49 170 1234567 ext. 12", "+491701234567,+491701234568",
            "+" + "9".repeat(10_000), "+\uD800 170", "+0 170 1234567");
    private static final List<String> MALFORMED_CODES = List.of("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16",
            "\u0661\u0662\u0663\u0664\u0665\u0666", "+12345", "12345", "1234567", "abcdef", "12345\uD83D\uDE00",
            "1".repeat(10_000));

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void daraExists() {
        accounts.create(new NewUserRequest(new Username("dara"), new DisplayName(""), Optional.empty(), Role.USER,
                TestUsers.USER_PASSWORD));
    }

    /** {"password": the right one, MEMBER: each bad value}, and bodies that are no such object at all. */
    private static Map<String, String> bodies(String member, List<String> extraStrings) {
        String prefix = "{\"password\":\"" + TestUsers.USER_PASSWORD + "\",";
        Map<String, String> bodies = new LinkedHashMap<>();
        BadValues.json().forEach((name, value) -> bodies.put(name, prefix + "\"" + member + "\":" + value + "}"));
        for (String extra : extraStrings) {
            bodies.put(extra.length() > 40 ? extra.substring(0, 40) + "…" : extra,
                    prefix + "\"" + member + "\":\"" + extra + "\"}");
        }
        bodies.put("null", prefix + "\"" + member + "\":null}");
        bodies.put("missing", "{}");
        bodies.put("not JSON", prefix + "\"" + member + "\":");
        bodies.put("array", "[]");
        bodies.put("no body", null);
        return bodies;
    }

    private void tryAll(HttpSession client, String path, Map<String, String> bodies) {
        BadValues.postEach(client, path, bodies, failures);
    }

    private long count(String query) {
        return jdbc.sql(query).query(Long.class).single();
    }

    @Test
    void addingAPhoneWithBadInputIsRefusedAndStoresOrTextsNothing() {
        HttpSession dara = newSession();
        assertThat(dara.apiSignIn("dara", TestUsers.USER_PASSWORD).status()).isEqualTo(200);

        tryAll(dara, "/api/v1/account/sms-factor", bodies("phone", BAD_NUMBERS));
        tryAll(dara, "/api/v1/account/sms-factor/confirm", bodies("code", MALFORMED_CODES));
        HttpSession.Response unparseable = dara.postJson("/api/v1/account/sms-factor",
                Map.of("password", TestUsers.USER_PASSWORD, "phone", "0170 1234567"));
        assertThat(unparseable.status()).isEqualTo(400);
        assertThat(unparseable.body()).contains("phone");

        assertThat(failures).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM sms_codes")).isZero();
        assertThat(count("SELECT COUNT(*) FROM sms_factors")).isZero();
        assertThat(count("SELECT COUNT(*) FROM security_events WHERE type LIKE 'SMS%'")).isZero();
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void askingForOrTypingASignInCodeWithBadInputIsRefusedAndTextsNothing() {
        jdbc.sql("INSERT INTO sms_factors (user_id, phone, created_at) SELECT id, '+491701234567', created_at FROM users")
                .update();
        HttpSession client = newSession();
        assertThat(client.apiSignIn("dara", TestUsers.USER_PASSWORD).json().get("state").asString())
                .isEqualTo("SECOND_FACTOR");

        tryAll(client, "/api/v1/session/second-factor/challenge",
                bodies("method", List.of("SMS", "Sms", "sms ", "text", "phone", "totp")));
        for (String code : MALFORMED_CODES) {
            HttpSession.Response response = client.postJson("/api/v1/session/second-factor",
                    Map.of("method", "sms", "code", code));
            jdbc.sql("UPDATE users SET second_factor_failures = 0, second_factor_last_failure_at = NULL").update();
            if (response.status() != 401) {
                failures.add("second-factor with " + code + ": " + response.status() + " " + response.body());
            }
        }

        assertThat(failures).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM sms_codes")).isZero();
        assertThat(gateway.requests()).isEmpty();
    }
}
