package org.symbolon.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.factor.CredentialState;
import org.symbolon.core.factor.RecoveryCodeStore;
import org.symbolon.core.factor.StoredTotpCredential;
import org.symbolon.core.factor.TotpCredentialStore;
import org.symbolon.core.otp.OtpSecret;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.recovery.RecoveryCodeGenerator;
import org.symbolon.core.recovery.RecoveryCodeHasher;
import org.symbolon.core.recovery.RecoveryCodes;
import org.symbolon.core.secret.SecretSealer;
import org.symbolon.server.testing.ServerTest;
import org.symbolon.server.testing.TestUsers;

/**
 * What someone with a copy of the database, and not the keyset file, can read: no authenticator
 * key and no recovery code, in any form. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class PlainDumpTest extends ServerTest {

    /** The SHA-1 seed of RFC 6238 Appendix B, and its Base32 form as authenticator apps show it. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    SecretSealer sealer;

    @Autowired
    TotpCredentialStore credentials;

    @Autowired
    RecoveryCodeHasher hasher;

    @Autowired
    RecoveryCodeStore recoveryCodes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aDumpOfEveryTableShowsNoAuthenticatorKeyAndNoRecoveryCode() throws Exception {
        long alice = TestUsers.user(accounts, "alice").id();
        byte[] randomSecret = OtpSecret.generate(new SecureRandom()).bytes();
        byte[] rfcSealed = storeActive(alice, RFC_SEED);
        byte[] randomSealed = storeActive(alice, randomSecret);
        List<String> codes = new RecoveryCodeGenerator(new SecureRandom()).generate();
        List<String> hashes = codes.stream().map(code -> hasher.hash(RecoveryCodes.normalize(code).orElseThrow())).toList();
        recoveryCodes.replaceAll(alice, hashes, NOW);

        String dump = dump();
        String folded = dump.toLowerCase(Locale.ROOT);

        // The dump covers what was stored, so that its silence below means something.
        assertThat(folded).contains(hex(rfcSealed), hex(randomSealed)).contains(hashes);
        for (byte[] secret : List.of(RFC_SEED, randomSecret)) {
            assertThat(folded).doesNotContain(OtpSecret.of(secret).base32().toLowerCase(Locale.ROOT), hex(secret));
            assertThat(dump).doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
        }
        assertThat(folded).doesNotContain(RFC_SEED_BASE32.toLowerCase(Locale.ROOT));
        for (String code : codes) {
            assertThat(folded).doesNotContain(code, RecoveryCodes.normalize(code).orElseThrow());
        }
    }

    /** Stores an active credential as enrollment does, and shows that the key opens again. */
    private byte[] storeActive(long userId, byte[] secret) {
        String publicId = UUID.randomUUID().toString();
        byte[] binding = ("totp:" + publicId + ":" + userId).getBytes(StandardCharsets.UTF_8);
        byte[] sealed = sealer.seal(secret, binding);
        credentials.insertPending(new StoredTotpCredential(0, publicId, userId, "phone", sealed, TotpSettings.DEFAULT,
                CredentialState.PENDING, 0, -1, NOW, null, NOW.plus(Duration.ofMinutes(10))));
        StoredTotpCredential stored = credentials.findPending(userId, publicId, NOW).orElseThrow();
        assertThat(credentials.activate(stored.id(), 1, 0, NOW)).isTrue();
        assertThat(sealer.open(stored.sealedSecret(), binding)).isEqualTo(secret);
        return sealed;
    }

    /** H2's own SQL dump where there is one, and on either database every row of every table as text. */
    private String dump() throws Exception {
        StringBuilder dump = new StringBuilder();
        if (isH2()) {
            jdbc.sql("SCRIPT").query().listOfRows().forEach(row -> dump.append(row.values()).append('\n'));
        }
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'")
                .query(String.class).list();
        assertThat(tables).isNotEmpty();
        for (String table : tables) {
            dump.append(table).append('\n');
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM \"" + table + "\"").query().listOfRows()) {
                for (Object value : row.values()) {
                    dump.append(text(value)).append('\t');
                }
                dump.append('\n');
            }
        }
        return dump.toString();
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return hex(bytes) + "\t" + new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(value);
    }

    private boolean isH2() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
