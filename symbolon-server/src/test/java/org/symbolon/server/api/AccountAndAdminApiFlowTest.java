package org.symbolon.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** The account and user-administration endpoints; run on H2 and on PostgreSQL by the subclasses. */
abstract class AccountAndAdminApiFlowTest extends ServerTest {

    private static final String NEW_PASSWORD = "amber-falcon-river-stone";

    @Autowired
    AccountAdministration accounts;

    private HttpSession signedIn(String username, String password) {
        HttpSession client = newSession();
        assertThat(client.apiSignIn(username, password).status()).isEqualTo(200);
        if (username.equals("root")) {
            // Changes to other users need a recent confirmation; root has no second factor here.
            AdminSessions.confirmedWithPassword(client, password);
        }
        return client;
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndEndsOtherSessions() {
        TestUsers.user(accounts, "alice");
        HttpSession laptop = signedIn("alice", TestUsers.USER_PASSWORD);
        HttpSession phone = signedIn("alice", TestUsers.USER_PASSWORD);

        HttpSession.Response wrong = laptop.postJson("/api/v1/account/password",
                Map.of("currentPassword", "guess-guess-guess", "newPassword", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("code").asString()).isEqualTo("wrong_current_password");

        HttpSession.Response changed = laptop.postJson("/api/v1/account/password",
                Map.of("currentPassword", TestUsers.USER_PASSWORD, "newPassword", NEW_PASSWORD));
        assertThat(changed.status()).isEqualTo(204);

        assertThat(laptop.get("/api/v1/account").status()).isEqualTo(200);
        assertThat(phone.get("/api/v1/account").status()).isEqualTo(401);
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(401);
        assertThat(newSession().apiSignIn("alice", NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void weakNewPasswordIsRefusedWithItsReason() {
        TestUsers.user(accounts, "alice");
        HttpSession client = signedIn("alice", TestUsers.USER_PASSWORD);

        HttpSession.Response common = client.postJson("/api/v1/account/password",
                Map.of("currentPassword", TestUsers.USER_PASSWORD, "newPassword", "password123"));
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.json().get("reason").asString()).isEqualTo("common");

        HttpSession.Response shortOne = client.postJson("/api/v1/account/password",
                Map.of("currentPassword", TestUsers.USER_PASSWORD, "newPassword", "k7#Qw2!"));
        assertThat(shortOne.json().get("reason").asString()).isEqualTo("too_short");
        assertThat(shortOne.json().get("limit").asInt()).isEqualTo(8);
    }

    @Test
    void profileChangeIsSavedAndAnEmptyEmailRemovesIt() {
        TestUsers.user(accounts, "alice");
        HttpSession client = signedIn("alice", TestUsers.USER_PASSWORD);

        HttpSession.Response changed = client.patchJson("/api/v1/account",
                Map.of("displayName", "Alice Liddell", "email", "alice@example.org"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(client.get("/api/v1/account").json().get("email").asString()).isEqualTo("alice@example.org");

        client.patchJson("/api/v1/account", Map.of("email", ""));
        assertThat(client.get("/api/v1/account").json().get("email").isNull()).isTrue();
        assertThat(client.get("/api/v1/account").json().get("displayName").asString()).isEqualTo("Alice Liddell");
    }

    @Test
    void adminCreatesAUserWhoThenSignsIn() {
        TestUsers.admin(accounts, "root");
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);

        HttpSession.Response created = admin.postJson("/api/v1/admin/users", Map.of(
                "username", "Bob", "displayName", "Bob B.", "email", "bob@example.org", "password", NEW_PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/admin/users/Bob");
        assertThat(created.json().get("role").asString()).isEqualTo("USER");

        assertThat(newSession().apiSignIn("bob", NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        TestUsers.admin(accounts, "root");
        TestUsers.user(accounts, "alice");
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);

        HttpSession.Response taken = admin.postJson("/api/v1/admin/users",
                Map.of("username", "ALICE", "password", NEW_PASSWORD));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asString()).isEqualTo("username_taken");
    }

    @Test
    void adminPasswordsNeedFifteenCharacters() {
        TestUsers.admin(accounts, "root");
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);

        HttpSession.Response refused = admin.postJson("/api/v1/admin/users",
                Map.of("username", "carol", "role", "ADMIN", "password", "amber-falcon"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("limit").asInt()).isEqualTo(15);
    }

    @Test
    void listSearchesAndPages() {
        TestUsers.admin(accounts, "root");
        for (int i = 0; i < 25; i++) {
            TestUsers.user(accounts, String.format("member%02d", i));
        }
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);

        var firstPage = admin.get("/api/v1/admin/users?query=MEMBER&page=0&size=10").json();
        assertThat(firstPage.get("total").asInt()).isEqualTo(25);
        assertThat(firstPage.get("users").size()).isEqualTo(10);
        assertThat(firstPage.get("users").get(0).get("username").asString()).isEqualTo("member00");

        var lastPage = admin.get("/api/v1/admin/users?query=member&page=2&size=10").json();
        assertThat(lastPage.get("users").size()).isEqualTo(5);
        assertThat(lastPage.get("users").get(4).get("username").asString()).isEqualTo("member24");

        var wildcard = admin.get("/api/v1/admin/users?query=%25").json();
        assertThat(wildcard.get("total").asInt()).isZero();
    }

    @Test
    void disablingAUserEndsTheirSessionsAndSignIn() {
        TestUsers.admin(accounts, "root");
        TestUsers.user(accounts, "alice");
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);
        HttpSession alice = signedIn("alice", TestUsers.USER_PASSWORD);

        HttpSession.Response disabled = admin.patchJson("/api/v1/admin/users/alice", Map.of("state", "DISABLED"));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("state").asString()).isEqualTo("DISABLED");

        assertThat(alice.get("/api/v1/account").status()).isEqualTo(401);
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(401);

        admin.patchJson("/api/v1/admin/users/alice", Map.of("state", "ACTIVE"));
        assertThat(newSession().apiSignIn("alice", TestUsers.USER_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDisabled() {
        TestUsers.admin(accounts, "root");
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);

        Map<String, String> demote = new HashMap<>(Map.of("role", "USER", "displayName", "Changed"));
        HttpSession.Response refused = admin.patchJson("/api/v1/admin/users/root", demote);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("last_admin");
        assertThat(admin.patchJson("/api/v1/admin/users/root", Map.of("state", "DISABLED")).status()).isEqualTo(409);

        var root = admin.get("/api/v1/admin/users/root").json();
        assertThat(root.get("role").asString()).isEqualTo("ADMIN");
        assertThat(root.get("displayName").asString()).isEmpty();
    }

    @Test
    void plainUsersCannotReachAdministration() {
        TestUsers.user(accounts, "alice");
        HttpSession alice = signedIn("alice", TestUsers.USER_PASSWORD);

        HttpSession.Response list = alice.get("/api/v1/admin/users");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(alice.patchJson("/api/v1/admin/users/alice", Map.of("role", "ADMIN")).status()).isEqualTo(403);
    }

    @Test
    void aRoleChangeEndsTheUsersSessionsSoTheNewRoleAppliesAtOnce() {
        TestUsers.admin(accounts, "root");
        TestUsers.user(accounts, "alice");
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);
        HttpSession alice = signedIn("alice", TestUsers.USER_PASSWORD);

        admin.patchJson("/api/v1/admin/users/alice", Map.of("role", "ADMIN"));

        assertThat(alice.get("/api/v1/account").status()).isEqualTo(401);
    }

    @Test
    void unknownUserIsNotFound() {
        TestUsers.admin(accounts, "root");
        HttpSession admin = signedIn("root", TestUsers.ADMIN_PASSWORD);
        assertThat(admin.get("/api/v1/admin/users/nobody").json().get("code").asString()).isEqualTo("user_not_found");
        assertThat(admin.get("/api/v1/admin/users/%20%20").status()).isEqualTo(404);
    }
}
