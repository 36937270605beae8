package org.symbolon.server.e2e;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.server.policy.CurrentPolicy;
import org.symbolon.server.web.EnrolledAccount;
import org.symbolon.server.web.RecentConfirmationForTests;

/**
 * What the browser tests of the administrators' pages share: root, with an authenticator app,
 * signs in with a code and is recently confirmed for actions on users.
 */
@Import(RecentConfirmationForTests.class)
abstract class AdminPagesInBrowserTest extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CurrentPolicy currentPolicy;

    /** The policy cache outlives the fresh schema of each test. */
    @BeforeEach
    void defaultPolicy() {
        currentPolicy.save(InstancePolicy.DEFAULT, Instant.now(), "test");
    }

    /** root signs in on the pages, password then a code from oathtool, and is confirmed. */
    EnrolledAccount rootSignsIn() {
        EnrolledAccount root = EnrolledAccount.admin(accounts, enrollment, "root");
        signIn("root", root.password());
        awaitPath("/login/second-factor");
        typeAndEnter("code", root.nextCode());
        awaitPath("/account");
        open(RecentConfirmationForTests.PATH);
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
