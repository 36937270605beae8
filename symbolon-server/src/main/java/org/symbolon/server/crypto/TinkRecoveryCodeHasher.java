package org.symbolon.server.crypto;

import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import org.symbolon.core.recovery.RecoveryCodeHasher;
import org.symbolon.core.recovery.RecoveryCodes;

/**
 * HMAC-SHA-256 of a recovery code under the MAC key of the {@link KeysetFile}, in lower-case hex.
 * The output starts with Tink's five-byte key prefix, so the 37 bytes make 74 characters; the
 * column holds 128.
 *
 * <p>Tink computes with the primary key only: after a rotation of the MAC key, codes hashed under
 * the previous key no longer match, so a rotation must come with new sets of recovery codes.
 */
public final class TinkRecoveryCodeHasher implements RecoveryCodeHasher {

    private final Mac mac;

    public TinkRecoveryCodeHasher(KeysetFile keys) {
        try {
            this.mac = keys.mac().getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the keyset has no usable MAC key", e);
        }
    }

    @Override
    public String hash(String normalizedCode) {
        Objects.requireNonNull(normalizedCode, "normalizedCode");
        // Typed text would hash to something never stored, and the code would be refused for no
        // visible reason; better to fail here. The message leaves the input out.
        if (RecoveryCodes.normalize(normalizedCode).filter(normalizedCode::equals).isEmpty()) {
            throw new IllegalArgumentException("not a normalized recovery code");
        }
        try {
            return HexFormat.of().formatHex(mac.computeMac(normalizedCode.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("computing the MAC failed", e);
        }
    }
}
