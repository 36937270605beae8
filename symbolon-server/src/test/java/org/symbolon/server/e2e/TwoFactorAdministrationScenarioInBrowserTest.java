package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.factor.RecoveryCodeIssuer;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.TestUsers;
import org.symbolon.server.web.EnrolledAccount;

/**
 * The story of issue 3/4 from end to end, in one browser: an administrator requires a second
 * factor for a group; a member signs in and is taken through enrollment; the administrator
 * resets that member's second factor; the member enrolls again; the administrator issues a
 * bypass code; the member signs in with it once, and not twice.
 */
class TwoFactorAdministrationScenarioInBrowserTest extends AdminPagesInBrowserTest {

    @Autowired
    RecoveryCodeIssuer recoveryCodes;

    /** root's recovery codes, one for each sign-in after the first: app codes of one step work once. */
    private final Deque<String> rootCodes = new ArrayDeque<>();

    @Test
    void aGroupRequiresASecondFactorItsMemberEnrollsIsResetEnrollsAgainAndUsesABypassCodeOnce() {
        TestUsers.user(accounts, "carol");
        EnrolledAccount root = rootSignsIn();
        rootCodes.addAll(recoveryCodes.issue(root.account().id(), Instant.now()));

        open("/admin/groups");
        element("#requiresTwoFactor-box").click();
        typeAndEnter("groupName", "Sales");
        typeAndEnter("username", "carol");
        assertThat(texts("tbody th")).containsExactly("carol");
        open("/admin/settings");
        element("#requirement-REQUIRED_FOR_GROUPS").click();
        follow(button("Save settings"));
        signOut();

        carolSignsInAndEnrolls();

        rootSignsInWithARecoveryCode();
        open("/admin/users/carol");
        follow(element("#reset-two-factor"));
        follow(button("Reset the two-factor authentication of carol"));
        assertThat(element("#two-factor-status").getText()).isEqualTo("Off");
        signOut();

        carolSignsInAndEnrolls();

        rootSignsInWithARecoveryCode();
        open("/admin/users/carol");
        type("hours", "1");
        follow(button("Issue a one-time bypass code"));
        String bypassCode = element("#bypass-code").getText();
        signOut();

        signIn("carol", TestUsers.USER_PASSWORD);
        awaitPath("/login/second-factor");
        followWhenReady("a[href$='/login/second-factor/choose']");
        followWhenReady("a[href*='method=bypass_code']");
        typeAndEnter("bypass-code", bypassCode);
        assertThat(path()).as("a required factor: straight to a new one").isEqualTo("/account/two-factor/setup");
        enrollOnTheForcedPage();
        signOut();

        signIn("carol", TestUsers.USER_PASSWORD);
        awaitPath("/login/second-factor");
        followWhenReady("a[href$='/login/second-factor/choose']");
        followWhenReady("a[href*='method=bypass_code']");
        typeAndEnter("bypass-code", bypassCode);
        assertThat(path()).as("the code works once").isEqualTo("/login/second-factor");
        assertThat(element("[role=alert]").getText()).contains("wrong, expired or was used already");
    }

    private void carolSignsInAndEnrolls() {
        signIn("carol", TestUsers.USER_PASSWORD);
        awaitPath("/account/two-factor/setup");
        assertThat(heading()).isEqualTo("Set up two-factor authentication");
        open("/account");
        assertThat(path()).as("nothing else first").isEqualTo("/account/two-factor/setup");
        enrollOnTheForcedPage();
        signOut();
    }

    /** The set-up that a sign-in requires: no password again; ends past the recovery codes. */
    private void enrollOnTheForcedPage() {
        typeAndEnter("authenticatorName", "Phone");
        awaitPath("/account/two-factor/setup/app");
        typeAndEnter("oneTimeCode", Oathtool.totp(element("#totp-key").getText().replace(" ", ""), Instant.now()));
        awaitPath("/account/two-factor/recovery-codes");
        element("#savedCodes").click();
        follow(element("form[action$='/recovery-codes/saved'] button[type=submit]"));
        open("/account");
        assertThat(path()).isEqualTo("/account");
    }

    private void rootSignsInWithARecoveryCode() {
        signIn("root", TestUsers.ADMIN_PASSWORD);
        awaitPath("/login/second-factor");
        followWhenReady("a[href$='/login/second-factor/choose']");
        followWhenReady("a[href*='method=recovery_code']");
        typeAndEnter("recovery-code", rootCodes.pop());
        awaitPath("/account");
    }
}
