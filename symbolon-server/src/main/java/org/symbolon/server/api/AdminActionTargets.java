package org.symbolon.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.RecentConfirmation;

/**
 * The user an administrator's request names in its path, and the rule that acting on somebody
 * else needs a second factor confirmed lately ({@link RecentConfirmation}). Acting on oneself
 * does not: whoever holds the session could do as much through the user's own pages.
 */
@Component
class AdminActionTargets {

    private final AccountAdministration accounts;
    private final RecentConfirmation recentConfirmation;

    AdminActionTargets(AccountAdministration accounts, RecentConfirmation recentConfirmation) {
        this.accounts = accounts;
        this.recentConfirmation = recentConfirmation;
    }

    /** @throws ApiException 404 user_not_found, also for a path segment that no username can be */
    UserAccount find(String username) {
        try {
            return accounts.find(new Username(username)).orElseThrow(() -> new ApiException(ApiError.USER_NOT_FOUND));
        } catch (InputProblem notAName) {
            throw new ApiException(ApiError.USER_NOT_FOUND);
        }
    }

    /**
     * The user to act on, once the actor may: checked after the look-up, so that an unknown user
     * is 404 whether or not the administrator confirmed lately.
     *
     * @throws ApiException 404 user_not_found, or 403 reauthentication_required
     */
    UserAccount actOn(String username, Actor actor, HttpServletRequest request) {
        UserAccount target = find(username);
        boolean self = Objects.equals(actor.userId(), target.id());
        if (!self && !recentConfirmation.isRecent(request, actor)) {
            throw new ApiException(ApiError.REAUTHENTICATION_REQUIRED);
        }
        return target;
    }
}
