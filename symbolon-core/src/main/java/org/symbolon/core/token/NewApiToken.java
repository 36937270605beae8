package org.symbolon.core.token;

import java.util.Set;
import org.symbolon.core.text.InputProblem;

/**
 * A token an administrator asks for: a name, at least one scope, and how many days it lives.
 *
 * @param expiresInDays 1 to 365; a token never lives for ever, so a forgotten one stops by itself
 */
public record NewApiToken(ApiTokenName name, Set<ApiTokenScope> scopes, int expiresInDays) {

    public static final int DEFAULT_EXPIRES_IN_DAYS = 90;
    public static final int MAX_EXPIRES_IN_DAYS = 365;

    public NewApiToken {
        if (name == null) {
            throw new InputProblem("name", InputProblem.Reason.EMPTY);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InputProblem("scopes", InputProblem.Reason.EMPTY);
        }
        checkExpiresInDays(expiresInDays);
        scopes = Set.copyOf(scopes);
    }

    /**
     * The lifetime rule on its own, for a form that checks every field before it builds the request.
     *
     * @throws InputProblem NOT_ALLOWED outside 1 to 365
     */
    public static int checkExpiresInDays(int expiresInDays) {
        if (expiresInDays < 1 || expiresInDays > MAX_EXPIRES_IN_DAYS) {
            throw new InputProblem("expiresInDays", InputProblem.Reason.NOT_ALLOWED);
        }
        return expiresInDays;
    }
}
