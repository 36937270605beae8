package org.symbolon.server.crypto;

import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import org.symbolon.core.token.ApiTokenHasher;
import org.symbolon.core.token.ApiTokenSecret;

/**
 * HMAC-SHA-256 of a token's secret under the MAC key of the {@link KeysetFile}, in lower-case hex
 * (74 characters with Tink's key prefix; the column holds 128). The key is the one recovery codes
 * are hashed under; the inputs cannot collide, since a secret starts with {@code symbolon_} and a
 * recovery code never has an underscore.
 *
 * <p>As for recovery codes, Tink computes with the primary key only: after a rotation of the MAC key
 * every token must be created anew.
 */
public final class TinkApiTokenHasher implements ApiTokenHasher {

    private final Mac mac;

    public TinkApiTokenHasher(KeysetFile keys) {
        try {
            this.mac = keys.mac().getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the keyset has no usable MAC key", e);
        }
    }

    @Override
    public String hash(String secret) {
        // A hash of anything else would never be found; failing here makes such a caller's mistake
        // visible. The message leaves the input out.
        if (!ApiTokenSecret.isWellFormed(secret)) {
            throw new IllegalArgumentException("not a well-formed API token secret");
        }
        try {
            return HexFormat.of().formatHex(mac.computeMac(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("computing the MAC failed", e);
        }
    }
}
