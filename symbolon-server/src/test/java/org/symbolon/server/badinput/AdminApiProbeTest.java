package org.symbolon.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.factor.TotpEnrollment;
import org.symbolon.server.api.AdminSessions;
import org.symbolon.server.testing.HttpSession;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * What the bad-input tests of the admin API start from: a confirmed administrator root, a user
 * alice, a group Finance, and a probe that sends bad requests and checks nothing changed.
 */
abstract class AdminApiProbeTest extends ServerTest {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpEnrollment enrollment;

    @Autowired
    JdbcClient jdbc;

    HttpSession root;
    AdminApiProbe probe;

    @BeforeEach
    void rootAliceAndAGroup() {
        root = AdminSessions.confirmedAdmin(newSession(), accounts, enrollment, "root");
        TestUsers.user(accounts, "alice");
        assertThat(root.postJson("/api/v1/admin/groups", Map.of("name", "Finance")).status()).isEqualTo(201);
        probe = new AdminApiProbe(jdbc, port);
    }
}
