package org.symbolon.core.oob;

import org.symbolon.core.email.EmailCodePurpose;

/**
 * The keyed hash of one channel's codes. A six-digit code has only a million values, so a plain
 * hash in a stolen dump would be reversed at once; under a key kept outside the database it cannot be.
 */
@FunctionalInterface
public interface OutOfBandCodeHash {

    /**
     * The same text for the same code, user and purpose, every time and on every server that shares
     * the key; different for another user, purpose or channel. Never logs its input.
     *
     * @param normalizedCode the output of {@link org.symbolon.core.email.EmailCodeText#normalize}
     */
    String hash(long userId, EmailCodePurpose purpose, String normalizedCode);
}
