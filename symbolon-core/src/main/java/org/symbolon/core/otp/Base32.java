package org.symbolon.core.otp;

import java.util.Arrays;

/**
 * Base32 of RFC 4648 §6, the encoding of shared secrets in {@code otpauth://} URIs and in keys that
 * people type into an authenticator app. Errors never carry the text: it is a secret.
 */
public final class Base32 {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = i;
            VALUES[Character.toLowerCase(ALPHABET[i])] = i;
        }
    }

    private Base32() {
    }

    /**
     * Upper-case text without '=' padding: the key URI format asks for the secret unpadded, and
     * people should not have to type padding.
     */
    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return text.toString();
    }

    /**
     * Decodes text in either case, with or without spaces between groups and trailing '=' padding.
     *
     * @throws IllegalArgumentException when a character is outside the alphabet, padding is
     *     followed by data, the length cannot come from whole bytes (RFC 4648 §6: 1, 3 or 6
     *     characters left over), or the unused trailing bits are not zero (a decoder may refuse
     *     them, RFC 4648 §3.5; here they are most likely a typing error).
     */
    public static byte[] decode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Base32 text is missing");
        }
        byte[] bytes = new byte[text.length() * 5 / 8];
        int count = 0;
        int buffer = 0;
        int bits = 0;
        int characters = 0;
        boolean padding = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c == '=') {
                padding = true;
                continue;
            }
            int value = c < VALUES.length ? VALUES[c] : -1;
            if (value < 0) {
                throw new IllegalArgumentException("Base32 text has a character outside the alphabet");
            }
            if (padding) {
                throw new IllegalArgumentException("Base32 padding is followed by data");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            characters++;
            if (bits >= 8) {
                bytes[count++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        int leftOver = characters % 8;
        if (leftOver == 1 || leftOver == 3 || leftOver == 6) {
            throw new IllegalArgumentException("Base32 text has an impossible length");
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            throw new IllegalArgumentException("Base32 text has non-zero trailing bits");
        }
        return Arrays.copyOf(bytes, count);
    }
}
