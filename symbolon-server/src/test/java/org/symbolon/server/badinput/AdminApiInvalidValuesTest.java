package org.symbolon.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.symbolon.server.badinput.AdminApiProbe.jsonObject;
import static org.symbolon.server.badinput.AdminApiProbe.ordered;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;

import org.junit.jupiter.api.Test;





import org.symbolon.server.badinput.AdminApiProbe.Expected;




/**
 * Values of the administrators' API that are well-formed JSON but that a rule refuses: each is
 * answered 400 with the code and the member at fault, or as malformed where the JSON type is
 * wrong, and changes nothing. Requests on the administrator's own account need no recent
 * confirmation, so the bypass code and the rule are tried there. Run on H2 and PostgreSQL by the
 * subclasses.
 */
abstract class AdminApiInvalidValuesTest extends AdminApiProbeTest {

    private static final String POLICY = "/api/v1/admin/policy";

    private static final Map<String, String> VALID_POLICY = ordered(
            "requirement", "\"REQUIRED_FOR_ADMINS\"", "graceDays", "0", "allowedMethods", "[\"totp\",\"recovery_code\"]",
            "serviceNameOverride", "\"ACME\"", "totpDefaultsOverride", "{\"algorithm\":\"SHA1\",\"digits\":6,\"period\":30}");

    /** The policy with one member replaced (null: left out). */
    private void policyCase(SoftAssertions soft, String member, String value, Expected expected) {
        Map<String, String> members = new LinkedHashMap<>(VALID_POLICY);
        members.put(member, value);
        probe.check(soft, "PUT policy " + member + " = " + value,
                () -> root.sendJson("PUT", POLICY, jsonObject(members)), expected);
    }

    @Test
    void policyValuesThatTheRulesRefuse() {
        SoftAssertions soft = new SoftAssertions();
        for (String requirement : new String[] {"\"sometimes\"", "\"\"", "\"REQUIRED FOR ALL\"", "null"}) {
            policyCase(soft, "requirement", requirement, Expected.invalid("requirement"));
        }
        policyCase(soft, "requirement", null, Expected.invalid("requirement"));
        for (String days : new String[] {"-1", "366", "null"}) {
            policyCase(soft, "graceDays", days, Expected.invalid("graceDays"));
        }
        policyCase(soft, "graceDays", null, Expected.invalid("graceDays"));
        for (String days : new String[] {"\"7\"", "1.5", "7.0", "99999999999", "true", "[7]"}) {
            policyCase(soft, "graceDays", days, Expected.MALFORMED);
        }
        for (String methods : new String[] {"[\"sms\"]", "[\"bypass_code\"]", "[\"recovery_code\"]", "[]", "[null]",
                "[\"totp\",\"push\"]", "null"}) {
            policyCase(soft, "allowedMethods", methods, Expected.invalid("allowedMethods"));
        }
        policyCase(soft, "allowedMethods", null, Expected.invalid("allowedMethods"));
        for (String methods : new String[] {"\"totp\"", "[1]", "[[\"totp\"]]"}) {
            policyCase(soft, "allowedMethods", methods, Expected.MALFORMED);
        }
        for (String name : new String[] {"\"\"", "\"   \"", "\"" + "x".repeat(65) + "\"", "\"a\\u0000b\""}) {
            policyCase(soft, "serviceNameOverride", name, Expected.invalid("serviceNameOverride"));
        }
        soft.assertAll();
    }

    @Test
    void authenticatorDefaultsThatAppsDoNotSupport() {
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> valid = ordered("algorithm", "\"SHA1\"", "digits", "6", "period", "30");
        Map<String, String[]> refused = Map.of(
                "algorithm", new String[] {"\"MD5\"", "\"\"", "null"},
                "digits", new String[] {"7", "0", "-6", "null"},
                "period", new String[] {"45", "0", "null"});
        refused.forEach((member, values) -> {
            for (String value : values) {
                Map<String, String> totp = new LinkedHashMap<>(valid);
                totp.put(member, value);
                policyCase(soft, "totpDefaultsOverride", jsonObject(totp), Expected.invalid("totpDefaultsOverride." + member));
            }
            Map<String, String> without = new LinkedHashMap<>(valid);
            without.put(member, null);
            policyCase(soft, "totpDefaultsOverride", jsonObject(without), Expected.invalid("totpDefaultsOverride." + member));
        });
        for (String totp : new String[] {"{\"algorithm\":\"SHA1\",\"digits\":\"6\",\"period\":30}",
                "{\"algorithm\":\"SHA1\",\"digits\":6,\"period\":30,\"window\":1}", "\"SHA1/6/30\"", "[]"}) {
            policyCase(soft, "totpDefaultsOverride", totp, Expected.MALFORMED);
        }
        soft.assertAll();
    }

    @Test
    void groupNamesAndFlagsThatTheRulesRefuse() {
        SoftAssertions soft = new SoftAssertions();
        for (String name : new String[] {"\"\"", "\"   \"", "\"" + "g".repeat(65) + "\"", "\"a\\ud800b\"", "null"}) {
            probe.check(soft, "POST group name " + name, () -> root.sendJson("POST", "/api/v1/admin/groups",
                    "{\"name\":" + name + ",\"requiresTwoFactor\":true}"), Expected.invalid("name"));
        }
        probe.check(soft, "POST group name taken", () -> root.postJson("/api/v1/admin/groups", Map.of("name", " finance ")),
                new Expected(409, "group_name_taken", null, true));
        for (String flag : new String[] {"\"true\"", "1", "0", "\"yes\"", "[true]"}) {
            probe.check(soft, "POST group flag " + flag, () -> root.sendJson("POST", "/api/v1/admin/groups",
                    "{\"name\":\"Ops\",\"requiresTwoFactor\":" + flag + "}"), Expected.MALFORMED);
            probe.check(soft, "PATCH group flag " + flag, () -> root.sendJson("PATCH", "/api/v1/admin/groups/Finance",
                    "{\"requiresTwoFactor\":" + flag + "}"), Expected.MALFORMED);
        }
        soft.assertAll();
    }

    @Test
    void bypassCodeHoursOutsideOneToTwentyFour() {
        SoftAssertions soft = new SoftAssertions();
        String path = "/api/v1/admin/users/root/bypass-code";
        for (String hours : new String[] {"0", "25", "-1", "2147483647"}) {
            probe.check(soft, "hours " + hours, () -> root.sendJson("POST", path, "{\"hours\":" + hours + "}"),
                    Expected.invalid("hours"));
        }
        probe.check(soft, "hours null", () -> root.sendJson("POST", path, "{\"hours\":null}"), Expected.invalid("hours"));
        probe.check(soft, "hours missing", () -> root.sendJson("POST", path, "{}"), Expected.invalid("hours"));
        for (String hours : new String[] {"\"x\"", "\"2\"", "1.5", "2.0", "1e1", "99999999999", "true", "[2]", "{}"}) {
            probe.check(soft, "hours " + hours, () -> root.sendJson("POST", path, "{\"hours\":" + hours + "}"),
                    Expected.MALFORMED);
        }
        probe.check(soft, "hours 2 for nobody", () -> root.sendJson("POST", "/api/v1/admin/users/nobody/bypass-code",
                "{\"hours\":2}"), new Expected(404, "user_not_found", null, true));
        soft.assertAll();
        assertThat(root.sendJson("POST", path, "{\"hours\":24}").status()).isEqualTo(201);
    }

    @Test
    void rulesThatDoNotExist() {
        SoftAssertions soft = new SoftAssertions();
        String path = "/api/v1/admin/users/root/two-factor-rule";
        for (String rule : new String[] {"\"sometimes\"", "\"\"", "\"exempted\"", "\"" + "r".repeat(10_000) + "\"", "null"}) {
            probe.check(soft, "rule " + rule, () -> root.sendJson("PUT", path, "{\"rule\":" + rule + "}"),
                    Expected.invalid("rule"));
        }
        probe.check(soft, "rule missing", () -> root.sendJson("PUT", path, "{}"), Expected.invalid("rule"));
        for (String rule : new String[] {"1", "true", "[\"exempt\"]", "{\"rule\":\"exempt\"}"}) {
            probe.check(soft, "rule " + rule, () -> root.sendJson("PUT", path, "{\"rule\":" + rule + "}"),
                    Expected.MALFORMED);
        }
        soft.assertAll();
        assertThat(root.sendJson("PUT", path, "{\"rule\":\" required \"}").status()).isEqualTo(200);
    }
}
