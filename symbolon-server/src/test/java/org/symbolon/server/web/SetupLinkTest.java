package org.symbolon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/** The one-time link printed on an empty instance, as an operator copies it from the console. */
@ExtendWith(OutputCaptureExtension.class)
class SetupLinkTest extends ServerTest {

    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+)(/setup\\?token=[A-Za-z0-9_-]{43})");

    @Autowired
    SetupLinkPrinter printer;

    @Autowired
    AccountAdministration accounts;

    @Test
    void thePrintedLinkOpensTheSetupFormOnce(CapturedOutput output) {
        int printedBefore = output.getOut().length();
        printer.run(null);
        Matcher link = LINK.matcher(output.getOut().substring(printedBefore));
        assertThat(link.find()).as(output.getOut()).isTrue();
        assertThat(link.group(1)).isEqualTo(baseUrl());

        HttpSession browser = newSession();
        String path = link.group(2);
        assertThat(browser.get(path).status()).isEqualTo(200);
        HttpSession.Response created = browser.submitForm(path, "/setup", java.util.Map.of(
                "token", path.substring(path.indexOf('=') + 1), "username", "first",
                "password", TestUsers.ADMIN_PASSWORD));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/admin/users?welcome");
        assertThat(browser.get("/api/v1/session").json().get("user").get("role").asString()).isEqualTo("ADMIN");

        assertThat(newSession().get(path).status()).isEqualTo(404);
    }

    @Test
    void noLinkIsPrintedOnceAnAccountExists(CapturedOutput output) {
        TestUsers.admin(accounts, "root");
        int printedBefore = output.getOut().length();
        printer.run(null);
        assertThat(output.getOut().substring(printedBefore)).doesNotContain("/setup?token=");
    }

    @Test
    void aWrongOrMissingTokenShowsTheDeadLinkPage() {
        printer.run(null);
        assertThat(newSession().get("/setup?token=wrong").status()).isEqualTo(404);
        assertThat(newSession().get("/setup").status()).isEqualTo(404);
    }
}
