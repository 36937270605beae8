package org.symbolon.core.email;

/** What an e-mail code is for. A code of one purpose never passes for the other. */
public enum EmailCodePurpose {
    /** Proves that the account's address receives mail, before it becomes a factor. */
    ENROLL,
    /** The second step of a sign-in. */
    SIGN_IN
}
