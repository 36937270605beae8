package org.symbolon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.server.cli.ConsoleDatabase.Event;

/** The instance policy from the console: only what is given changes, and every bad value is exit code 2. */
class PolicyCommandsTest extends ConsoleTest {

    @Test
    void showTellsTheDefaultsAndWhereTheyComeFrom() {
        String out = succeed("policy", "show");
        assertThat(out).contains("Requirement:      REQUIRED_FOR_ADMINS", "Grace period:     0 days",
                "Methods:          webauthn, totp, hotp, recovery_code", "Service name:     Symbolon (from the configuration",
                "TOTP defaults:    SHA1, 6 digits, 30 s (from the configuration", "Groups with 2FA:  none");
        assertThat(succeed("policy", "show", "--json")).contains("\"requirement\" : \"REQUIRED_FOR_ADMINS\"",
                "\"serviceName\" : null", "\"effectiveServiceName\" : \"Symbolon\"", "\"totpDefaults\" : null");
    }

    @Test
    void setChangesOnlyWhatIsGiven() {
        String out = succeed("policy", "set", "--requirement", "required-for-groups", "--grace-days", "7");
        assertThat(out).contains("Changed the policy", "Requirement:      REQUIRED_FOR_GROUPS", "Grace period:     7 days");
        assertThat(policy()).containsEntry("REQUIREMENT", "REQUIRED_FOR_GROUPS").containsEntry("GRACE_DAYS", 7)
                .containsEntry("ALLOWED_METHODS", "HOTP,RECOVERY_CODE,TOTP,WEBAUTHN")
                .containsEntry("SERVICE_NAME", null).containsEntry("UPDATED_BY", "console");
        Event event = database().lastEvent("POLICY_CHANGED");
        assertThat(event.actor()).isEqualTo("console");
        assertThat(event.detail()).contains("requirement=REQUIRED_FOR_GROUPS", "graceDays=7");

        succeed("policy", "set", "--service-name", "ACME SSO", "--methods", "TOTP", "--totp-digits", "8");
        assertThat(policy()).containsEntry("REQUIREMENT", "REQUIRED_FOR_GROUPS").containsEntry("GRACE_DAYS", 7)
                .containsEntry("ALLOWED_METHODS", "TOTP").containsEntry("SERVICE_NAME", "ACME SSO")
                .containsEntry("TOTP_ALGORITHM", "SHA1").containsEntry("TOTP_DIGITS", 8).containsEntry("TOTP_PERIOD", 30);
        assertThat(succeed("policy", "show")).contains("Service name:     ACME SSO\n", "TOTP defaults:    SHA1, 8 digits, 30 s\n",
                "Methods:          totp\n");

        succeed("policy", "set", "--service-name", "", "--totp-defaults", "config", "--methods", "totp,recovery_code");
        assertThat(policy()).containsEntry("SERVICE_NAME", null).containsEntry("TOTP_DIGITS", null);
        assertThat(database().events("POLICY_CHANGED")).hasSize(3).allSatisfy(e -> assertThat(e.actor()).isEqualTo("console"));
    }

    @Test
    void turningOffTheOnlyMethodsThatAUserHasWarnsHowManyItStrands() {
        createUser("alice");
        database().lockedOutWithAnAuthenticator("alice", 0);

        assertThat(succeed("policy", "set", "--methods", "totp")).doesNotContain("Warning");
        assertThat(succeed("policy", "set", "--methods", "hotp")).doesNotContain("Warning");
        assertThat(succeed("policy", "set", "--methods", "totp,recovery_code")).doesNotContain("Warning");
        database().removeTotp("alice");
        assertThat(succeed("policy", "set", "--methods", "totp")).contains("Changed the policy",
                "Warning: 1 active user now has no method they may sign in with");
    }

    @Test
    void showNamesTheGroupsThatRequireASecondFactor() {
        succeed("group", "create", "ops", "--require-2fa");
        assertThat(succeed("policy", "show")).contains("Groups with 2FA:  ops (they count only with REQUIRED_FOR_GROUPS)");
        succeed("policy", "set", "--requirement", "REQUIRED_FOR_GROUPS");
        assertThat(succeed("policy", "show")).contains("Groups with 2FA:  ops\n");
    }

    @Test
    void everyBadValueIsExitCodeTwoWithOneLineAndChangesNothing() {
        succeed("policy", "show");
        Map<String, Object> before = policy();
        String[][] bad = {
            {"--requirement", "SOMETIMES"}, {"--requirement", ""}, {"--grace-days", "366"}, {"--grace-days", "-1"},
            {"--grace-days", "abc"}, {"--grace-days", "٣"}, {"--methods", "recovery_code"}, {"--methods", "fax"},
            {"--methods", ""}, {"--methods", "totp,bypass_code"}, {"--totp-algorithm", "MD5"}, {"--totp-digits", "7"},
            {"--totp-period", "45"}, {"--totp-defaults", "app"}, {"--service-name", "x".repeat(65)},
            {"--service-name", "bad\u0007name"}, {"--totp-defaults", "config", "--totp-digits", "8"}, {}};
        for (String[] options : bad) {
            String[] command = new String[options.length + 2];
            command[0] = "policy";
            command[1] = "set";
            System.arraycopy(options, 0, command, 2, options.length);
            CliRun result = run(command);
            assertThat(result.exitCode()).as(String.join(" ", options) + ": " + result.err()).isEqualTo(2);
            assertThat(result.err()).startsWith("Error: ").doesNotContain("\tat ");
            assertThat(result.err().lines().count()).as(result.err()).isEqualTo(1);
        }
        assertThat(policy()).isEqualTo(before);
        assertThat(database().events("POLICY_CHANGED")).isEmpty();
    }

    @Test
    void badValuesNameWhatTheOptionTakes() {
        assertFails(run("policy", "set", "--requirement", "x"), 2, "--requirement must be OPTIONAL, REQUIRED_FOR_ADMINS");
        assertFails(run("policy", "set", "--grace-days", "400"), 2, "--grace-days must be a whole number of days from 0 to 365");
        assertFails(run("policy", "set", "--methods", "recovery_code"), 2, "--methods must include totp");
        assertFails(run("policy", "set", "--service-name", "x".repeat(65)), 2, "--service-name must have at most 64");
        assertFails(run("policy", "set"), 2, "nothing to change");
    }

    private Map<String, Object> policy() {
        return database().jdbc().sql("SELECT requirement, grace_days, allowed_methods, service_name, totp_algorithm,"
                + " totp_digits, totp_period, updated_by FROM instance_policy").query().singleRow();
    }
}
