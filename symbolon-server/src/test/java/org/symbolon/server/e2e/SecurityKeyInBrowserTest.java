package org.symbolon.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.testing.TestUsers;

/**
 * Security keys in a real browser: Chromium's virtual authenticators play a FIDO2 (CTAP2) key and
 * an old U2F key, each registered on the page and then used to sign in; a copy of a key, whose
 * signature counter is behind, is refused and the audit log says so.
 */
class SecurityKeyInBrowserTest extends TwoFactorInBrowserTest {

    private static final String KEYS_PAGE = "/account/two-factor/security-keys";

    @Autowired
    JdbcClient jdbc;

    private VirtualAuthenticator authenticator;

    @AfterEach
    void removeAuthenticator() {
        if (authenticator != null) {
            ((HasVirtualAuthenticator) browser()).removeVirtualAuthenticator(authenticator);
            authenticator = null;
        }
    }

    private VirtualAuthenticator plugIn(VirtualAuthenticatorOptions.Protocol protocol) {
        removeAuthenticator();
        authenticator = ((HasVirtualAuthenticator) browser()).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(protocol)
                .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                .setHasUserVerification(false)
                .setIsUserConsenting(true)
                .setHasResidentKey(false));
        return authenticator;
    }

    private void register(String name) {
        open(KEYS_PAGE);
        type("security-key-name", name);
        followWhenReady("#security-key-register");
        awaitNotice("The security key is registered.");
    }

    private void awaitNotice(String text) {
        new WebDriverWait(browser(), java.time.Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector(".notice")).stream()
                        .anyMatch(notice -> notice.getText().equals(text)));
    }

    private void signInWithKey() {
        signOut();
        signIn("alice", TestUsers.USER_PASSWORD);
        assertThat(path()).isEqualTo("/login/second-factor");
        followWhenReady("#security-key");
    }

    @Test
    void aFido2KeyRegistersAndSignsInAndIsOfferedFirst() {
        aliceOnTheTwoFactorPage();
        plugIn(VirtualAuthenticatorOptions.Protocol.CTAP2);
        register("YubiKey 5");
        // Alice had no recovery codes: the key comes with a set, shown once.
        assertThat(path()).isEqualTo("/account/two-factor/recovery-codes");
        assertThat(texts("#recovery-codes li")).hasSize(10);
        open(KEYS_PAGE);
        assertThat(texts("#security-keys tbody th")).containsExactly("YubiKey 5");

        signInWithKey();
        assertThat(path()).isEqualTo("/account");
        assertThat(jdbc.sql("SELECT sign_count FROM security_keys").query(Long.class).single()).isPositive();
    }

    @Test
    void aU2fKeyRegistersAndSignsIn() {
        aliceOnTheTwoFactorPage();
        plugIn(VirtualAuthenticatorOptions.Protocol.U2F);
        register("Old U2F key");

        signInWithKey();
        assertThat(path()).isEqualTo("/account");
    }

    @Test
    void aClonedKeyWithAnOlderCounterIsRefusedAndAudited() {
        aliceOnTheTwoFactorPage();
        VirtualAuthenticator original = plugIn(VirtualAuthenticatorOptions.Protocol.CTAP2);
        register("Original");
        List<Credential> credentials = original.getCredentials();
        assertThat(credentials).hasSize(1);
        Credential copy = credentials.get(0);

        // The original signs in twice; its counter moves on.
        signInWithKey();
        assertThat(path()).isEqualTo("/account");
        signInWithKey();
        assertThat(path()).isEqualTo("/account");

        // The copy was taken before: its counter is behind the one stored.
        VirtualAuthenticator clone = plugIn(VirtualAuthenticatorOptions.Protocol.CTAP2);
        clone.addCredential(Credential.createNonResidentCredential(copy.getId(), copy.getRpId(), copy.getPrivateKey(),
                copy.getSignCount()));
        signInWithKey();
        assertThat(path()).isEqualTo("/login/second-factor");
        assertThat(element("[role=alert]").getText()).contains("The security key was not accepted.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM security_events WHERE type = 'SECURITY_KEY_CLONED'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aKeyFulfilsAnEnrollmentThatThePolicyRequiresAndComesWithRecoveryCodes() {
        policy(TwoFactorRequirement.REQUIRED_FOR_ALL, 0);
        TestUsers.user(accounts, "bob");
        plugIn(VirtualAuthenticatorOptions.Protocol.CTAP2);
        signIn("bob", TestUsers.USER_PASSWORD);
        assertThat(path()).isEqualTo("/account/two-factor/setup");

        follow(element("#use-key-instead a"));
        assertThat(path()).isEqualTo(KEYS_PAGE);
        type("security-key-name", "YubiKey");
        followWhenReady("#security-key-register");
        awaitPath("/account/two-factor/recovery-codes");

        assertThat(texts("#recovery-codes li")).hasSize(10);
        open("/account");
        assertThat(path()).isEqualTo("/account");
    }
}
