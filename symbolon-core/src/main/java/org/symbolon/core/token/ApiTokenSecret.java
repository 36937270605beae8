package org.symbolon.core.token;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a token: {@code symbolon_} and 256 random bits in unpadded base64url (RFC 4648
 * §5), 52 characters in all. The prefix lets secret scanners (and people) recognise a leaked
 * token by the pattern {@code symbolon_[A-Za-z0-9_-]{43}}; base64url keeps it to characters that
 * RFC 6750 §2.1 allows in a Bearer header without escaping. It is shown once and never stored.
 */
public final class ApiTokenSecret {

    public static final String PREFIX = "symbolon_";

    private static final int RANDOM_BYTES = 32;
    private static final int ENCODED_LENGTH = 43;

    private ApiTokenSecret() {
    }

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Whether the text has the shape of a secret. Checked before anything else, so that noise
     * (another product's token, a truncated paste, 10,000 characters) costs no hash and no query.
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != PREFIX.length() + ENCODED_LENGTH || !text.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }
}
