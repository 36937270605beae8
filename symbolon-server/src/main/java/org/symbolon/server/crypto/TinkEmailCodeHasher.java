package org.symbolon.server.crypto;

import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import org.symbolon.core.email.EmailCodeHasher;
import org.symbolon.core.email.EmailCodePurpose;
import org.symbolon.core.email.EmailCodeText;
import org.symbolon.core.oob.OutOfBandCodeHash;

/**
 * HMAC-SHA-256 of an e-mail or SMS code bound to its channel, user and purpose, under the MAC key of the
 * {@link KeysetFile} that recovery codes and API tokens use (74 hex characters with Tink's prefix).
 * The inputs cannot collide with theirs: this one starts with {@code email-code:} or {@code sms-code:},
 * and neither a recovery code nor a token secret has a colon.
 */
public final class TinkEmailCodeHasher implements EmailCodeHasher, OutOfBandCodeHash {

    private final Mac mac;
    private final String channel;

    /** For e-mail codes. */
    public TinkEmailCodeHasher(KeysetFile keys) {
        this(keys, "email");
    }

    /** @param channel {@code email} or {@code sms}: a code of one channel never hashes like the other's */
    public TinkEmailCodeHasher(KeysetFile keys, String channel) {
        this.channel = channel;
        try {
            this.mac = keys.mac().getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the keyset has no usable MAC key", e);
        }
    }

    @Override
    public String hash(long userId, EmailCodePurpose purpose, String normalizedCode) {
        // A hash of typed text would never be found; failing here shows such a caller's mistake.
        // The message leaves the input out.
        if (normalizedCode == null || EmailCodeText.normalize(normalizedCode).filter(normalizedCode::equals).isEmpty()) {
            throw new IllegalArgumentException("not a normalized " + channel + " code");
        }
        String input = channel + "-code:" + purpose.name() + ":" + userId + ":" + normalizedCode;
        try {
            return HexFormat.of().formatHex(mac.computeMac(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("computing the MAC failed", e);
        }
    }
}
