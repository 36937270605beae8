package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.TestUsers;
import org.symbolon.server.web.EnrolledAccount;

/**
 * An administrator in Chromium: creates a group that requires a second factor, makes the
 * settings require it of marked groups, adds a member, resets that member's second factor, and
 * issues a one-time bypass code to a user who lost their phone; the code read off the page signs
 * that user in once.
 */
class AdminHelpsUsersInBrowserTest extends AdminPagesInBrowserTest {

    @Test
    void aGroupRequiresTwoFactorThenAMembersFactorIsResetAndABypassCodeIssued() {
        EnrolledAccount.user(accounts, enrollment, "alice");
        EnrolledAccount.user(accounts, enrollment, "bob");
        rootSignsIn();

        open("/admin/users");
        follow(element("nav.admin-nav").findElement(org.openqa.selenium.By.linkText("Groups")));
        assertThat(path()).isEqualTo("/admin/groups");
        assertThat(heading()).isEqualTo("Groups");
        element("#requiresTwoFactor-box").click();
        typeAndEnter("groupName", "Sales");

        assertThat(path()).isEqualTo("/admin/groups/Sales");
        assertThat(texts("p.notice")).containsExactly("The group is created.");
        assertThat(element("#group-requires").getText()).isEqualTo("Yes");

        follow(link("Settings"));
        assertThat(heading()).isEqualTo("Settings");
        element("#requirement-REQUIRED_FOR_GROUPS").click();
        follow(button("Save settings"));
        assertThat(path()).isEqualTo("/admin/settings");
        assertThat(texts("p.notice")).containsExactly("The settings are saved and apply from now on.");
        assertThat(browser().findElements(org.openqa.selenium.By.id("must-enroll"))).as("root has an app").isEmpty();
        assertThat(element("#requirement-REQUIRED_FOR_GROUPS").isSelected()).isTrue();

        follow(link("groups page"));
        follow(link("Sales"));
        typeAndEnter("username", "alice");
        assertThat(texts("p.notice")).containsExactly("The member is added.");
        assertThat(texts("tbody th")).containsExactly("alice");

        follow(link("alice"));
        assertThat(path()).isEqualTo("/admin/users/alice");
        assertThat(element("#user-groups").getText()).isEqualTo("Sales (requires a second factor)");
        assertThat(element("#two-factor-status").getText()).isEqualTo("On");
        assertThat(element("#two-factor-required").getText()).isEqualTo("Yes");
        assertThat(texts("#authenticators tbody td")).startsWith("Authenticator app");

        follow(element("#reset-two-factor"));
        assertThat(heading()).isEqualTo("Reset two-factor authentication");
        assertThat(element("main").getText()).contains("at the next sign-in they set up an authenticator app again");
        follow(button("Reset the two-factor authentication of alice"));
        assertThat(path()).isEqualTo("/admin/users/alice");
        assertThat(texts("p.notice").get(0)).startsWith("Two-factor authentication is reset");
        assertThat(element("#two-factor-status").getText()).isEqualTo("Off");

        assertThat(element("section[aria-labelledby=events-title]").getText()).contains("Two-factor authentication reset", "Added to a group");
        assertThat(element("#bypass-not-needed").getText()).startsWith("This user has no second factor");

        open("/admin/users/bob");
        type("hours", "2");
        follow(button("Issue a one-time bypass code"));
        assertThat(heading()).isEqualTo("One-time bypass code");
        String code = element("#bypass-code").getText();
        assertThat(code).matches("[0-9a-z]{4}(-[0-9a-z]{4}){3}");
        assertThat(element("#bypass-valid").getText()).startsWith("It signs in once, within 2 hours: until ");
        assertThat(element("#bypass-once").getText()).startsWith("It is shown only now");
        assertThat(browser().getCurrentUrl()).doesNotContain(code);
        String stored = jdbc.sql("SELECT b.code_hash FROM bypass_codes b JOIN users u ON u.id = b.user_id"
                + " WHERE u.username = 'bob'").query(String.class).single();
        assertThat(stored).doesNotContain(code);

        follow(link("Back to bob"));
        assertThat(element("#bypass-expiry").getText()).startsWith("Issued, valid until ");
        assertThat(element("section[aria-labelledby=events-title]").getText()).contains("One-time bypass code issued");
        assertThat(element("main").getText()).doesNotContain(code);

        assertThat(bypassSignIn("bob", code)).as("the code from the page").isEqualTo(200);
        assertThat(bypassSignIn("bob", code)).as("once only").isEqualTo(401);
    }

    /** bob's phone is gone: the password, then the administrator's code at the second step, over the API. */
    private int bypassSignIn(String username, String code) {
        HttpSession bob = newSession();
        assertThat(bob.apiSignIn(username, TestUsers.USER_PASSWORD).json().get("state").asString()).isEqualTo("SECOND_FACTOR");
        return bob.postJson("/api/v1/session/second-factor", Map.of("method", "bypass_code", "code", code)).status();
    }
}
