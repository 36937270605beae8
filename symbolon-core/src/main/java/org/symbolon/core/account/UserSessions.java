package org.symbolon.core.account;

/**
 * The signed-in sessions of users. Ending them is how a disabled account, a changed role or a
 * changed password takes effect at once rather than when the session times out.
 */
public interface UserSessions {

    /** Ends every session of the user except the one with the given id (null: end them all). */
    void endSessions(Username username, String exceptSessionId);
}
