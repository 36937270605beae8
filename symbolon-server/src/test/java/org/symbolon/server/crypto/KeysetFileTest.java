package org.symbolon.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyset file: created once, private, and the only way to read what was sealed with it. */
class KeysetFileTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CREDENTIAL_7_OF_USER_3 = "totp:7:3".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path directory;

    @Test
    void isCreatedAtFirstStartReadableByItsOwnerOnly() throws Exception {
        Path file = directory.resolve("data/keyset.json");
        KeysetFile.loadOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void whatOneStartSealsTheNextOpens() {
        Path file = directory.resolve("keyset.json");
        byte[] sealed = new TinkSecretSealer(KeysetFile.loadOrCreate(file)).seal(SECRET, CREDENTIAL_7_OF_USER_3);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("12345678901234567890");

        byte[] opened = new TinkSecretSealer(KeysetFile.loadOrCreate(file)).open(sealed, CREDENTIAL_7_OF_USER_3);
        assertThat(opened).isEqualTo(SECRET);
    }

    @Test
    void aCiphertextMovedToAnotherCredentialOrAlteredDoesNotOpen() {
        TinkSecretSealer sealer = new TinkSecretSealer(KeysetFile.loadOrCreate(directory.resolve("keyset.json")));
        byte[] sealed = sealer.seal(SECRET, CREDENTIAL_7_OF_USER_3);

        assertThatThrownBy(() -> sealer.open(sealed, "totp:8:3".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> sealer.open(sealed, CREDENTIAL_7_OF_USER_3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherServersKeysCannotOpenIt() {
        byte[] sealed = new TinkSecretSealer(KeysetFile.loadOrCreate(directory.resolve("a.json"))).seal(SECRET, CREDENTIAL_7_OF_USER_3);
        TinkSecretSealer other = new TinkSecretSealer(KeysetFile.loadOrCreate(directory.resolve("b.json")));
        assertThatThrownBy(() -> other.open(sealed, CREDENTIAL_7_OF_USER_3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("1234");
    }

    @Test
    void aBrokenFileStopsTheStartWithItsName() throws Exception {
        Path file = Files.writeString(directory.resolve("keyset.json"), "aead {not json}\n");
        assertThatThrownBy(() -> KeysetFile.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
    }
}
