package org.symbolon.core.email;

/**
 * The keyed hash of e-mail codes. A six-digit code has only a million values, so a plain hash in
 * a stolen dump would be reversed at once; under a key kept outside the database it cannot be.
 */
public interface EmailCodeHasher {


    /**
     * The same text for the same code, user and purpose, every time and on every server that shares
     * the key; different for another user or purpose. Never logs its input.
     *
     * @param normalizedCode the output of {@link EmailCodeText#normalize}
     */
    String hash(long userId, EmailCodePurpose purpose, String normalizedCode);
}
