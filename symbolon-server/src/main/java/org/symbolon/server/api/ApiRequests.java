package org.symbolon.server.api;

/**
 * The JSON bodies the API accepts. Every member is a string and checked by the core; a member
 * of another JSON type, or an unknown member, is refused as malformed.
 */
final class ApiRequests {

    private ApiRequests() {
    }

    record SignInRequest(String username, String password) {
        @Override
        public String toString() {
            return "SignInRequest[" + username + "]";
        }
    }

    record PasswordChangeRequest(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChangeRequest";
        }
    }

    record ProfileRequest(String displayName, String email) {
    }

    record NewUserBody(String username, String displayName, String email, String role, String password) {
        @Override
        public String toString() {
            return "NewUserBody[" + username + "]";
        }
    }

    /** Members left out (or null) stay as they are. */
    record UserPatch(String displayName, String email, String role, String state) {
    }
}
