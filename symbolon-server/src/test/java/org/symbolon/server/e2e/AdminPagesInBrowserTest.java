package org.symbolon.server.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.web.EnrolledAccount;

/**
 * What the browser tests of the administrators' pages share: root, with an authenticator app,
 * signs in with a code, which counts as a recent confirmation for actions on users.
 */
abstract class AdminPagesInBrowserTest extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @Autowired
    JdbcClient jdbc;

    /** The shipped policy rather than ServerTest's OPTIONAL: root has an app. */
    @BeforeEach
    void shippedPolicy() {
        policy(TwoFactorRequirement.REQUIRED_FOR_ADMINS, 0);
    }

    /** root signs in on the pages, password then a code from oathtool. */
    EnrolledAccount rootSignsIn() {
        EnrolledAccount root = EnrolledAccount.admin(accounts, enrollment, "root");
        signIn("root", root.password());
        awaitPath("/login/second-factor");
        typeAndEnter("code", root.nextCode());
        awaitPath("/account");
        return root;
    }

    /** The element with exactly this link text. */
    WebElement link(String text) {
        return browser().findElement(By.linkText(text));
    }

    /** The submit button with exactly this text. */
    WebElement button(String text) {
        return browser().findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }
}
