package org.symbolon.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserPage;
import org.symbolon.server.security.SignInTasks;

/** The JSON shapes the API answers with. */
final class ApiViews {

    private ApiViews() {
    }

    /**
     * Where the caller stands in the sign-in flow. PASSWORD_CHANGE and ENROLL are signed in, but
     * reach nothing but that task (and sign-out) until it is done.
     */
    enum SessionState { ANONYMOUS, SECOND_FACTOR, PASSWORD_CHANGE, ENROLL, AUTHENTICATED }

    /**
     * @param methods the second-factor methods offered, only in state SECOND_FACTOR
     * @param recoveryCodesLeft only after a sign-in with a recovery code
     * @param enrollmentDeadline only in state ENROLL, when set-up may still be skipped until then
     */
    record SessionView(SessionState state, UserView user,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> methods,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer recoveryCodesLeft,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant enrollmentDeadline) {

        SessionView(SessionState state, UserView user) {
            this(state, user, null, null, null);
        }

        SessionView(SessionState state, UserView user, List<String> methods, Integer recoveryCodesLeft) {
            this(state, user, methods, recoveryCodesLeft, null);
        }

        /** A signed-in session, with its first task left if there is one. */
        static SessionView signedIn(UserAccount account, Optional<SignInTasks> tasks,
                Integer recoveryCodesLeft) {
            if (tasks.isPresent() && tasks.get().changePassword()) {
                return new SessionView(SessionState.PASSWORD_CHANGE, UserView.of(account), null, recoveryCodesLeft, null);
            }
            if (tasks.isPresent() && tasks.get().enroll()) {
                return new SessionView(SessionState.ENROLL, UserView.of(account), null, recoveryCodesLeft,
                        tasks.get().enrollmentDeadline());
            }
            return new SessionView(SessionState.AUTHENTICATED, UserView.of(account), null, recoveryCodesLeft, null);
        }
    }

    record UserView(String username, String displayName, String email, String role, String state, Instant createdAt) {

        static UserView of(UserAccount account) {
            return new UserView(account.username().value(), account.displayName().value(),
                    account.email().map(EmailAddress::value).orElse(null), account.role().name(),
                    account.state().name(), account.createdAt());
        }
    }

    record UserListView(List<UserView> users, int page, int size, long total) {

        static UserListView of(UserPage page) {
            return new UserListView(page.users().stream().map(UserView::of).toList(), page.page(), page.size(), page.total());
        }
    }
}
