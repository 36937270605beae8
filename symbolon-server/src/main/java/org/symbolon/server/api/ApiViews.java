package org.symbolon.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.UserPage;

/** The JSON shapes the API answers with. */
final class ApiViews {

    private ApiViews() {
    }

    /** Where the caller stands in the sign-in flow; later steps add SECOND_FACTOR and ENROLL. */
    enum SessionState { ANONYMOUS, SECOND_FACTOR, ENROLL, AUTHENTICATED }

    /**
     * @param methods the second-factor methods offered, only in state SECOND_FACTOR
     * @param recoveryCodesLeft only after a sign-in with a recovery code
     */
    record SessionView(SessionState state, UserView user,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> methods,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer recoveryCodesLeft) {

        SessionView(SessionState state, UserView user) {
            this(state, user, null, null);
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
