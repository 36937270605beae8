package org.symbolon.server.api;

import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.ProfileChange;
import org.symbolon.core.account.UserAccount;

/** The profile members of a PATCH body: a member left out keeps its value, an empty e-mail removes it. */
final class ProfilePatch {

    private ProfilePatch() {
    }

    static boolean touchesProfile(String displayName, String email) {
        return displayName != null || email != null;
    }

    static ProfileChange apply(UserAccount account, String displayName, String email) {
        return new ProfileChange(
                displayName == null ? account.displayName() : new DisplayName(displayName),
                email == null ? account.email() : EmailAddress.optional(email));
    }
}
