package org.symbolon.server.api;

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
