package org.symbolon.server.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Set;

/**
 * The server's secret keys, kept as two Tink keysets in one file: an AES-256-GCM key that
 * encrypts stored secrets, and an HMAC-SHA-256 key for the look-up hashes of recovery codes.
 * The file is created at first start, readable by its owner only (mode 600), and must be backed
 * up with the database: without it the stored secrets cannot be decrypted.
 *
 * <p>File format, one line each: {@code aead <Tink JSON keyset>} and {@code mac <Tink JSON keyset>}.
 */
public final class KeysetFile {

    private static final String AEAD_LINE = "aead ";
    private static final String MAC_LINE = "mac ";

    private final KeysetHandle aead;
    private final KeysetHandle mac;

    private KeysetFile(KeysetHandle aead, KeysetHandle mac) {
        this.aead = aead;
        this.mac = mac;
    }

    /** Reads the file, or creates it with new keys when there is none yet. */
    public static KeysetFile loadOrCreate(Path path) {
        try {
            AeadConfig.register();
            MacConfig.register();
            if (!Files.exists(path)) {
                create(path);
            }
            return read(path);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the keyset file " + path + " is not a valid Symbolon keyset", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the keyset file " + path, e);
        }
    }

    public KeysetHandle aead() {
        return aead;
    }

    public KeysetHandle mac() {
        return mac;
    }

    private static KeysetFile read(Path path) throws IOException, GeneralSecurityException {
        KeysetHandle aead = null;
        KeysetHandle mac = null;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.startsWith(AEAD_LINE)) {
                aead = TinkJsonProtoKeysetFormat.parseKeyset(line.substring(AEAD_LINE.length()), InsecureSecretKeyAccess.get());
            } else if (line.startsWith(MAC_LINE)) {
                mac = TinkJsonProtoKeysetFormat.parseKeyset(line.substring(MAC_LINE.length()), InsecureSecretKeyAccess.get());
            }
        }
        if (aead == null || mac == null) {
            throw new GeneralSecurityException("missing the aead or the mac keyset");
        }
        return new KeysetFile(aead, mac);
    }

    private static void create(Path path) throws IOException, GeneralSecurityException {
        String content = AEAD_LINE + serialize(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)) + "\n"
                + MAC_LINE + serialize(KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG)) + "\n";
        Path directory = path.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Written under another name with mode 600 from the start, so that the keys are never
        // readable by others, then linked into place whole.
        Path temporary = Files.createTempFile(directory, ".keyset", ".tmp",
                PosixFilePermissions.asFileAttribute(Set.of(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            // A hard link fails if the name exists, where a rename would replace it: of two
            // servers starting at once, the first file wins and both read it.
            Files.createLink(path, temporary);
        } catch (FileAlreadyExistsException anotherServerWasFaster) {
            // Its keys are the ones to use.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String serialize(KeysetHandle handle) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()).replace("\n", "");
    }
}
