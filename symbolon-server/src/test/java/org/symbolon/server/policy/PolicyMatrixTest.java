package org.symbolon.server.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.factor.CredentialState;
import org.symbolon.core.factor.StoredTotpCredential;
import org.symbolon.core.factor.TotpCredentialStore;
import org.symbolon.core.group.GroupAdministration;
import org.symbolon.core.group.GroupName;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.core.policy.TwoFactorRule;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * Every requirement mode × (administrator, member of a group that requires a second factor,
 * other user) × (has a second factor, has none, has none but a grace period, exempt): the state
 * that the password step of the API answers. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class PolicyMatrixTest extends ServerTest {

    enum Kind { ADMIN, MEMBER, OTHER }

    enum Situation { HAS_SECOND_FACTOR, HAS_NONE, WITHIN_GRACE, EXEMPT }

    @Autowired
    AccountAdministration accounts;

    @Autowired
    GroupAdministration groups;

    @Autowired
    TwoFactorSupport support;

    @Autowired
    TotpCredentialStore credentials;

    @ParameterizedTest
    @EnumSource(TwoFactorRequirement.class)
    void thePasswordStepLeadsWhereThePolicyAndTheUsersRuleSay(TwoFactorRequirement requirement) {
        groups.create(new GroupName("staff"), true, "root", ClientInfo.CONSOLE);
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            for (Situation situation : Situation.values()) {
                String name = (kind + "-" + situation).toLowerCase().replace('_', '-');
                UserAccount user = kind == Kind.ADMIN ? TestUsers.admin(accounts, name) : TestUsers.user(accounts, name);
                if (kind == Kind.MEMBER) {
                    groups.addMember(new GroupName("staff"), user.username(), "root", ClientInfo.CONSOLE);
                }
                if (situation == Situation.HAS_SECOND_FACTOR) {
                    giveAuthenticator(user);
                }
                if (situation == Situation.EXEMPT) {
                    support.setRule(user.username(), TwoFactorRule.EXEMPT, "root", ClientInfo.CONSOLE);
                }
                expected.put(name, expectedState(requirement, kind, situation));
            }
        }
        for (Situation situation : Situation.values()) {
            policy(requirement, situation == Situation.WITHIN_GRACE ? 7 : 0);
            for (Kind kind : Kind.values()) {
                String name = (kind + "-" + situation).toLowerCase().replace('_', '-');
                actual.put(name, stateAfterPassword(name, kind == Kind.ADMIN));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    private static String expectedState(TwoFactorRequirement requirement, Kind kind, Situation situation) {
        if (situation == Situation.HAS_SECOND_FACTOR) {
            return "SECOND_FACTOR";
        }
        boolean required = situation != Situation.EXEMPT && switch (requirement) {
            case OPTIONAL -> false;
            case REQUIRED_FOR_ADMINS -> kind == Kind.ADMIN;
            case REQUIRED_FOR_GROUPS -> kind == Kind.MEMBER;
            case REQUIRED_FOR_ALL -> true;
        };
        if (!required) {
            return "AUTHENTICATED";
        }
        return situation == Situation.WITHIN_GRACE ? "ENROLL until later" : "ENROLL now";
    }

    private String stateAfterPassword(String name, boolean admin) {
        HttpSession client = newSession();
        HttpSession.Response response = client.apiSignIn(name, admin ? TestUsers.ADMIN_PASSWORD : TestUsers.USER_PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String state = response.json().get("state").asString();
        if (!state.equals("ENROLL")) {
            return state;
        }
        return response.json().has("enrollmentDeadline") ? "ENROLL until later" : "ENROLL now";
    }

    private void giveAuthenticator(UserAccount user) {
        Instant now = Instant.now();
        StoredTotpCredential pending = new StoredTotpCredential(0, UUID.randomUUID().toString(), user.id(), "Phone",
                new byte[32], TotpSettings.DEFAULT, CredentialState.PENDING, 0, -1, now, null,
                now.plus(Duration.ofMinutes(10)));
        credentials.insertPending(pending);
        long id = credentials.findPending(user.id(), pending.publicId(), now).orElseThrow().id();
        assertThat(credentials.activate(id, 1, 0, now)).isTrue();
    }
}
