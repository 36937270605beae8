package org.symbolon.server.api;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.symbolon.core.attempt.Waits;

/** Ends an API request with one of the documented errors; {@link ApiExceptionHandler} writes it. */
final class ApiException extends RuntimeException {

    private final ApiError error;
    private final String headerName;
    private final String headerValue;

    ApiException(ApiError error) {
        this(error, null, null);
    }

    /** With one response header, such as Retry-After. */
    ApiException(ApiError error, String headerName, String headerValue) {
        super(error.code(), null, false, false);
        this.error = error;
        this.headerName = headerName;
        this.headerValue = headerValue;
    }

    /** With Retry-After: the wait in whole seconds, rounded up, at least one (RFC 9110 §10.2.3). */
    static ApiException retryAfter(ApiError error, Duration wait) {
        return new ApiException(error, HttpHeaders.RETRY_AFTER, Long.toString(Waits.seconds(wait)));
    }

    ApiError error() {
        return error;
    }

    String headerName() {
        return headerName;
    }

    String headerValue() {
        return headerValue;
    }
}
