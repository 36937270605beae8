package org.symbolon.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.mac.HmacKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyed hash of recovery codes: stable under one keyset, different under another. */
class TinkRecoveryCodeHasherTest {

    private static final String CODE = "k7m2q9xd4hptw3ab";

    @TempDir
    Path directory;

    @Test
    void isHmacSha256OfTheCodeUnderTheKeysetsMacKeyAfterTinksKeyPrefix() throws Exception {
        KeysetFile keys = KeysetFile.loadOrCreate(directory.resolve("keyset.json"));
        // The oracle: the JDK's own HMAC with the key bytes taken out of the keyset.
        HmacKey key = (HmacKey) keys.mac().getPrimary().getKey();
        Mac jdk = Mac.getInstance("HmacSHA256");
        jdk.init(new SecretKeySpec(key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(key.getOutputPrefix().toByteArray())
                + HexFormat.of().formatHex(jdk.doFinal(CODE.getBytes(StandardCharsets.US_ASCII)));

        assertThat(new TinkRecoveryCodeHasher(keys).hash(CODE)).isEqualTo(expected).hasSize(74);
    }

    @Test
    void theSameCodeHashesAlikeOnEveryStartAndDifferentlyUnderAnotherKeyset() {
        Path file = directory.resolve("keyset.json");
        String first = new TinkRecoveryCodeHasher(KeysetFile.loadOrCreate(file)).hash(CODE);
        String again = new TinkRecoveryCodeHasher(KeysetFile.loadOrCreate(file)).hash(CODE);
        String elsewhere = new TinkRecoveryCodeHasher(KeysetFile.loadOrCreate(directory.resolve("other.json"))).hash(CODE);

        assertThat(again).isEqualTo(first);
        assertThat(elsewhere).isNotEqualTo(first);
    }

    @Test
    void typedTextIsRefusedWithoutRepeatingIt() {
        TinkRecoveryCodeHasher hasher = new TinkRecoveryCodeHasher(KeysetFile.loadOrCreate(directory.resolve("keyset.json")));

        for (String typed : new String[] {"K7M2-Q9XD-4HPT-W3AB", "k7m2-q9xd-4hpt-w3ab", " k7m2q9xd4hptw3ab", "", "k7m2"}) {
            assertThatThrownBy(() -> hasher.hash(typed))
                    .isInstanceOf(IllegalArgumentException.class)
                    .message().doesNotContainIgnoringCase("k7m2");
        }
        assertThatThrownBy(() -> hasher.hash(null)).isInstanceOf(NullPointerException.class);
    }
}
