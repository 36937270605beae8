package org.symbolon.server.api;

/** Ends an API request with one of the documented errors; {@link ApiExceptionHandler} writes it. */
final class ApiException extends RuntimeException {

    private final ApiError error;

    ApiException(ApiError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    ApiError error() {
        return error;
    }
}
