package org.symbolon.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbolon.server.badinput.AdminApiProbe.jsonObject;
import static org.symbolon.server.badinput.AdminApiProbe.ordered;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;

import org.junit.jupiter.api.Test;





import org.symbolon.server.badinput.AdminApiProbe.Expected;
import org.symbolon.server.testing.HttpSession;



/**
 * The administrators' policy, group and second-factor endpoints tried as {@link BadInputTest}
 * tries the others: every member of every body with every bad value, bodies that are not JSON
 * objects or not JSON at all, and odd group names and usernames in the path. Each answer is a
 * 4xx problem document, never a 500 or a stack trace, and the database is unchanged. Run on H2
 * and PostgreSQL by the subclasses.
 */
abstract class AdminApiBadInputTest extends AdminApiProbeTest {

    /** Each endpoint with a body, and a body it accepts. */
    private static final Map<String, Map<String, String>> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("PUT /api/v1/admin/policy", ordered("requirement", "\"OPTIONAL\"", "graceDays", "3",
                "allowedMethods", "[\"totp\"]", "serviceNameOverride", "\"ACME\"",
                "totpDefaultsOverride", "{\"algorithm\":\"SHA1\",\"digits\":6,\"period\":30}"));
        BODIES.put("POST /api/v1/admin/groups", ordered("name", "\"Ops\"", "requiresTwoFactor", "true"));
        BODIES.put("PATCH /api/v1/admin/groups/Finance", ordered("requiresTwoFactor", "true"));
        // On the administrator's own account, which needs no recent confirmation.
        BODIES.put("POST /api/v1/admin/users/root/bypass-code", ordered("hours", "1"));
        BODIES.put("PUT /api/v1/admin/users/root/two-factor-rule", ordered("rule", "\"REQUIRED\""));
    }

    /** Members that may be null or left out in a good request. */
    private static final Set<String> OPTIONAL = Set.of("serviceNameOverride", "totpDefaultsOverride", "requiresTwoFactor");

    /** The one member for which a value of {@link BadValues#json()} is good: {@code true}. */
    private static final String FLAG = "requiresTwoFactor";

    /** Path segments that are no group's name and no user's: escapes, dots, control bytes, length. */
    private static final Map<String, String> ODD_SEGMENTS = ordered("a space", "%20", "a tab", "%09", "a plus", "+",
            "nothing (two slashes)", "", "a dot", ".", "../", "..", "../ twice", "../..", "../ encoded", "%2E%2E%2F",
            "an encoded slash", "a%2Fb", "a lone percent", "%", "%ZZ", "%ZZ", "a cut-off escape", "%E2%82",
            "invalid UTF-8", "%FF%FE", "an encoded NUL", "%00", "65 characters", "x".repeat(65),
            "a raw byte 0x85", "\u0085", "the raw UTF-8 bytes of é", "\u00C3\u00A9", "10,000 characters", BadValues.LONG);

    @Test
    void policyBody() {
        sweep("PUT /api/v1/admin/policy");
    }

    @Test
    void newGroupBody() {
        sweep("POST /api/v1/admin/groups");
    }

    @Test
    void groupPatchBody() {
        sweep("PATCH /api/v1/admin/groups/Finance");
    }

    @Test
    void bypassCodeBody() {
        sweep("POST /api/v1/admin/users/root/bypass-code");
    }

    @Test
    void ruleBody() {
        sweep("PUT /api/v1/admin/users/root/two-factor-rule");
    }

    @Test
    void bodiesThatAreNotJsonObjectsOrHaveUnknownMembers() {
        SoftAssertions soft = new SoftAssertions();
        for (String endpoint : BODIES.keySet()) {
            String[] methodAndPath = endpoint.split(" ");
            Map<String, String> withExtra = new LinkedHashMap<>(BODIES.get(endpoint));
            withExtra.put("extra", "\"1\"");
            for (String body : List.of("", "not json", "{", "[]", "null", "\"text\"", jsonObject(withExtra))) {
                probe.check(soft, endpoint + " with " + body,
                        () -> root.sendJson(methodAndPath[0], methodAndPath[1], body), Expected.MALFORMED);
            }
        }
        soft.assertAll();
    }

    @Test
    void bodiesThatAreNotSentAsJson() {
        SoftAssertions soft = new SoftAssertions();
        for (String endpoint : BODIES.keySet()) {
            String[] methodAndPath = endpoint.split(" ");
            String body = jsonObject(BODIES.get(endpoint));
            for (String type : List.of("text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                    "application/xml", "multipart/form-data; boundary=x")) {
                probe.check(soft, endpoint + " as " + type,
                        () -> probe.sendRaw(root, methodAndPath[0], methodAndPath[1], type, body), Expected.UNSUPPORTED);
            }
        }
        soft.assertAll();
    }

    @Test
    void oddGroupNamesInThePath() {
        SoftAssertions soft = new SoftAssertions();
        ODD_SEGMENTS.forEach((description, segment) -> {
            String group = "/api/v1/admin/groups/" + segment;
            probe.check(soft, "GET group " + description, () -> probe.sendRaw(root, "GET", group, "application/json", ""),
                    Expected.ANY);
            probe.check(soft, "PATCH group " + description,
                    () -> probe.sendRaw(root, "PATCH", group, "application/json", "{\"requiresTwoFactor\":true}"), Expected.ANY);
            probe.check(soft, "DELETE group " + description,
                    () -> probe.sendRaw(root, "DELETE", group, "application/json", ""), Expected.ANY);
            for (String method : List.of("PUT", "DELETE")) {
                probe.check(soft, method + " alice in group " + description,
                        () -> probe.sendRaw(root, method, group + "/members/alice", "application/json", ""), Expected.ANY);
                probe.check(soft, method + " member " + description + " of Finance", () -> probe.sendRaw(root, method,
                        "/api/v1/admin/groups/Finance/members/" + segment, "application/json", ""), Expected.ANY);
            }
        });
        soft.assertAll();
    }

    @Test
    void oddUsernamesInThePath() {
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> requests = ordered("GET /second-factors", "", "POST /second-factors/reset", "",
                "POST /second-factors/unlock", "", "POST /bypass-code", "{\"hours\":1}",
                "PUT /two-factor-rule", "{\"rule\":\"EXEMPT\"}");
        ODD_SEGMENTS.forEach((description, segment) -> requests.forEach((request, body) -> {
            String[] methodAndPath = request.split(" ");
            probe.check(soft, request + " of " + description, () -> probe.sendRaw(root, methodAndPath[0],
                    "/api/v1/admin/users/" + segment + methodAndPath[1], "application/json", body), Expected.ANY);
        }));
        soft.assertAll();
    }

    /**
     * Replaces each member in turn by each bad value of {@link BadValues#json()}, by JSON null, and
     * leaves it out; the other members keep their valid values. Last, the valid body is accepted:
     * were it not, the refusals before it would prove nothing.
     */
    private void sweep(String endpoint) {
        String[] methodAndPath = endpoint.split(" ");
        Map<String, String> valid = BODIES.get(endpoint);
        Map<String, String> badValues = new LinkedHashMap<>(BadValues.json());
        badValues.put("null", "null");
        badValues.put("missing", null);
        SoftAssertions soft = new SoftAssertions();
        for (String member : valid.keySet()) {
            for (Map.Entry<String, String> bad : badValues.entrySet()) {
                boolean goodAfterAll = OPTIONAL.contains(member) && (bad.getValue() == null || bad.getValue().equals("null"))
                        || member.equals(FLAG) && bad.getKey().equals("boolean");
                if (goodAfterAll) {
                    continue;
                }
                Map<String, String> members = new LinkedHashMap<>(valid);
                members.put(member, bad.getValue());
                probe.check(soft, endpoint + " " + member + " = " + bad.getKey(),
                        () -> root.sendJson(methodAndPath[0], methodAndPath[1], jsonObject(members)), Expected.PROBLEM);
            }
        }
        HttpSession.Response accepted = root.sendJson(methodAndPath[0], methodAndPath[1], jsonObject(valid));
        soft.assertThat(accepted.status()).as(endpoint + " with valid values: " + accepted.body()).isBetween(200, 299);
        soft.assertAll();
    }
}
