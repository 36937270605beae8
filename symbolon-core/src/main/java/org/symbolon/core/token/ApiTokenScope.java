package org.symbolon.core.token;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.symbolon.core.text.InputProblem;

/**
 * What an API token may do. The scopes are independent: {@code admin:write} does not include
 * {@code admin:read}, so a script that only changes things cannot read the user list. New scopes
 * are added here; the stored names must not change.
 */
public enum ApiTokenScope {
    /** Reading administrative endpoints: GET and HEAD under /api/v1/admin/. */
    ADMIN_READ("admin:read"),
    /** Every other method under /api/v1/admin/. */
    ADMIN_WRITE("admin:write");

    private final String value;

    ApiTokenScope(String value) {
        this.value = value;
    }

    /** The name clients send and the database stores, e.g. {@code admin:read}. */
    public String value() {
        return value;
    }

    /** The scope with this exact name; names are case-sensitive, as OAuth scopes are (RFC 6749 §3.3). */
    public static Optional<ApiTokenScope> parse(String value) {
        for (ApiTokenScope scope : values()) {
            if (scope.value.equals(value)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /**
     * The scopes a person chose; repeated names count once.
     *
     * @throws InputProblem EMPTY when there are none, NOT_ALLOWED when one is not a scope
     */
    public static Set<ApiTokenScope> parseAll(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            throw new InputProblem("scopes", InputProblem.Reason.EMPTY);
        }
        Set<ApiTokenScope> scopes = EnumSet.noneOf(ApiTokenScope.class);
        for (String value : values) {
            scopes.add(parse(value).orElseThrow(() -> new InputProblem("scopes", InputProblem.Reason.NOT_ALLOWED)));
        }
        return scopes;
    }
}
