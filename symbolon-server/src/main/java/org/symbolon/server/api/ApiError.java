package org.symbolon.server.api;

import org.springframework.http.HttpStatus;

/**
 * Every error the REST API answers with. The {@code code} member of the problem document is
 * stable: clients may branch on it. docs/api.md lists them.
 */
public enum ApiError {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "The request has an invalid value."),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape."),
    WEAK_PASSWORD(HttpStatus.UNPROCESSABLE_CONTENT, "The new password does not meet the password rules."),
    INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED, "The username or password is wrong."),
    INVALID_CODE(HttpStatus.UNAUTHORIZED, "The code is wrong or was used already. Wait for the next code and try again."),
    SECOND_FACTOR_EXPIRED(HttpStatus.UNAUTHORIZED, "The second step timed out or was not started. Sign in with the password again."),
    TOO_MANY_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS, "Too many wrong codes. Wait as long as Retry-After says."),
    TOO_MANY_SIGN_IN_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS,
            "Too many sign-in attempts with this username. Wait as long as Retry-After says."),
    SECOND_FACTOR_LOCKED(HttpStatus.FORBIDDEN, "Too many wrong codes: the second step is locked. Use a recovery code, or ask an administrator."),
    WRONG_PASSWORD_OR_CODE(HttpStatus.FORBIDDEN, "The password or the code is wrong."),
    TOO_MANY_AUTHENTICATORS(HttpStatus.CONFLICT, "There are five authenticators already; remove one first."),
    ENROLLMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "There is no pending set-up with this id, or it expired. Start again."),
    AUTHENTICATOR_NOT_FOUND(HttpStatus.NOT_FOUND, "There is no authenticator with this id."),
    // Hardware tokens (issue 6).
    HOTP_TOKEN_NOT_FOUND(HttpStatus.NOT_FOUND, "There is no hardware token with this id."),
    METHOD_TURNED_OFF(HttpStatus.FORBIDDEN, "An administrator turned this second-factor method off."),
    WRONG_CURRENT_PASSWORD(HttpStatus.FORBIDDEN, "The current password is wrong."),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Sign in first."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "You may not do this."),
    CSRF_TOKEN_INVALID(HttpStatus.FORBIDDEN, "The CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value in X-XSRF-TOKEN."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "There is nothing here."),
    USER_NOT_FOUND(HttpStatus.NOT_FOUND, "There is no such user."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "This method is not allowed here."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "The API answers in application/json only."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json."),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large."),
    USERNAME_TAKEN(HttpStatus.CONFLICT, "This username is taken."),
    LAST_ADMIN(HttpStatus.CONFLICT, "This would leave no active administrator."),
    ENROLLMENT_REQUIRED(HttpStatus.FORBIDDEN, "Set up a second factor first: the sign-in is not complete until you do."),
    PASSWORD_CHANGE_REQUIRED(HttpStatus.FORBIDDEN, "Choose a new password first: an administrator reset yours."),
    REAUTHENTICATION_REQUIRED(HttpStatus.FORBIDDEN, "Confirm your second factor (or password) again first, at POST /api/v1/session/confirm."),
    GROUP_NOT_FOUND(HttpStatus.NOT_FOUND, "There is no such group."),
    GROUP_NAME_TAKEN(HttpStatus.CONFLICT, "A group with this name exists already."),
    // API tokens (3/4).
    INVALID_TOKEN(HttpStatus.UNAUTHORIZED, "The API token is malformed, unknown, expired or revoked."),
    INSUFFICIENT_SCOPE(HttpStatus.FORBIDDEN, "The API token lacks the scope this request needs: admin:read for GET and HEAD, admin:write for other methods."),
    TOKEN_NOT_ALLOWED(HttpStatus.FORBIDDEN, "API tokens reach /api/v1/admin/ only, and not the API tokens themselves: this needs a signed-in session."),
    API_TOKEN_NOT_FOUND(HttpStatus.NOT_FOUND, "There is no API token with this id."),
    API_TOKEN_NAME_TAKEN(HttpStatus.CONFLICT, "A live API token has this name already; choose another, or revoke that one first."),
    INVALID_AUDIT_QUERY(HttpStatus.BAD_REQUEST, "A parameter of the audit log query is not valid: see field and reason."),
    // E-mail codes (4/4).
    MAIL_OFF(HttpStatus.SERVICE_UNAVAILABLE, "No mail server is configured, so no code can be mailed. Try another way."),
    MAIL_NOT_SENT(HttpStatus.SERVICE_UNAVAILABLE, "The code could not be sent. Try another way, or again later."),
    CODE_RECENTLY_SENT(HttpStatus.TOO_MANY_REQUESTS, "A code was mailed a moment ago (one every 30 seconds, five an hour): look for it, or wait as long as Retry-After says."),
    NO_EMAIL_ADDRESS(HttpStatus.CONFLICT, "The account has no e-mail address: set one first."),
    EMAIL_FACTOR_EXISTS(HttpStatus.CONFLICT, "The e-mail factor is set up already."),
    EMAIL_FACTOR_NOT_FOUND(HttpStatus.CONFLICT, "There is no e-mail factor to send a code to: try another way."),
    SMS_OFF(HttpStatus.SERVICE_UNAVAILABLE, "No SMS gateway is configured, so no code can be texted. Try another way."),
    SMS_NOT_SENT(HttpStatus.SERVICE_UNAVAILABLE, "The code could not be sent. Try another way."),
    SMS_FACTOR_EXISTS(HttpStatus.CONFLICT, "A phone number for SMS codes is set up already: remove it first."),
    SMS_FACTOR_NOT_FOUND(HttpStatus.CONFLICT, "There is no phone number to send a code to: try another way."),
    PRIMARY_FACTOR_REQUIRED(HttpStatus.CONFLICT,
            "Set up an authenticator app, a hardware token or a security key first: e-mail and SMS codes only back "
                    + "one up."),
    // Security keys (WebAuthn).
    SECURITY_KEY_NOT_FOUND(HttpStatus.CONFLICT, "There is no security key to sign in with: try another way."),
    INVALID_SECURITY_KEY(HttpStatus.UNAUTHORIZED, "The security key's answer was not accepted. Ask for a new challenge and try again."),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server.");

    private final HttpStatus status;
    private final String detail;

    ApiError(HttpStatus status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    public HttpStatus status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** The error for a status that arose outside the API's own handlers (unknown path, wrong method, ...). */
    public static ApiError forStatus(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> MALFORMED_REQUEST;
            case UNAUTHORIZED -> UNAUTHENTICATED;
            case FORBIDDEN -> FORBIDDEN;
            case NOT_FOUND -> NOT_FOUND;
            case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
            case CONTENT_TOO_LARGE -> PAYLOAD_TOO_LARGE;
            default -> status.is4xxClientError() ? MALFORMED_REQUEST : INTERNAL_ERROR;
        };
    }

    /** The machine-readable code, in snake case. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
