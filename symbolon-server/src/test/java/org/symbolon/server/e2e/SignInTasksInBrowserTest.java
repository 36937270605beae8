package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbolon.core.account.Username;
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.testing.Oathtool;
import org.symbolon.server.testing.TestUsers;

/**
 * The pages a sign-in leads through when the policy or an administrator asks for more than a
 * password: forced enrollment, the grace period, a new password, and a bypass code.
 */
class SignInTasksInBrowserTest extends TwoFactorInBrowserTest {

    @Autowired
    TwoFactorSupport support;

    @Test
    void aRequiredUserIsTakenThroughEnrollmentWithoutThePasswordAgainAndReachesNothingElseFirst() {
        TestUsers.user(accounts, "alice");
        policy(TwoFactorRequirement.REQUIRED_FOR_ALL, 0);

        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(path()).isEqualTo("/account/two-factor/setup");
        assertThat(heading()).isEqualTo("Set up two-factor authentication");
        assertThat(browser().findElements(org.openqa.selenium.By.id("currentPassword"))).isEmpty();
        assertThat(browser().findElements(org.openqa.selenium.By.cssSelector("form[action$='/login/enrollment/skip']")))
                .as("no grace, no way round").isEmpty();
        open("/account");
        assertThat(path()).isEqualTo("/account/two-factor/setup");

        typeAndEnter("authenticatorName", "Phone");
        assertThat(path()).isEqualTo("/account/two-factor/setup/app");
        typeAndEnter("oneTimeCode", Oathtool.totp(keyOnThePage(), Instant.now()));
        assertThat(path()).isEqualTo(CODES_PAGE);
        confirmSaved();
        open("/account");
        assertThat(path()).isEqualTo("/account");
    }

    @Test
    void withinTheGracePeriodTheUserMayPutItOffAndSeesTheDaysLeft() {
        TestUsers.user(accounts, "alice");
        policy(TwoFactorRequirement.REQUIRED_FOR_ALL, 14);

        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(path()).isEqualTo("/account/two-factor/setup");
        assertThat(element("form[action$='/login/enrollment/skip']").getText()).contains("14 days are left");
        followWhenReady("form[action$='/login/enrollment/skip'] button");
        assertThat(path()).isEqualTo("/account");
    }

    @Test
    void afterAnAdministratorResetThePasswordTheUserChoosesANewOneBeforeAnythingElse() {
        TestUsers.user(accounts, "alice");
        accounts.resetPassword(new Username("alice"), "set-by-the-admin-2026");

        signIn("alice", "set-by-the-admin-2026");
        assertThat(path()).isEqualTo("/login/new-password");
        assertThat(heading()).isEqualTo("Choose a new password");
        open("/account/two-factor");
        assertThat(path()).isEqualTo("/login/new-password");
        type("currentPassword", "set-by-the-admin-2026");
        typeAndEnter("newPassword", "amber-falcon-orchard-quill");
        assertThat(path()).isEqualTo("/account");
    }

    @Test
    void aBypassCodeFromTheAdministratorSignsInOnceAndNotTwice() {
        TestUsers.user(accounts, "alice");
        signIn("alice", TestUsers.USER_PASSWORD);
        enroll("Phone");
        confirmSaved();
        signOut();
        SupportOutcome.BypassIssued issued = (SupportOutcome.BypassIssued) support.issueBypassCode(
                new Username("alice"), 1, "root", ClientInfo.CONSOLE);

        for (int attempt = 0; attempt < 2; attempt++) {
            signIn("alice", TestUsers.USER_PASSWORD);
            assertThat(path()).isEqualTo("/login/second-factor");
            followWhenReady("a[href$='/login/second-factor/choose']");
            followWhenReady("a[href*='method=bypass_code']");
            typeAndEnter("bypass-code", issued.code());
            if (attempt == 0) {
                assertThat(path()).isEqualTo("/account");
                signOut();
            } else {
                assertThat(path()).isEqualTo("/login/second-factor");
                assertThat(element("[role=alert]").getText()).contains("wrong, expired or was used already");
            }
        }
    }
}
