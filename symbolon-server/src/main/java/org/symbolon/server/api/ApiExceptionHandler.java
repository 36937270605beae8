package org.symbolon.server.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.symbolon.core.password.PasswordVerdict;
import org.symbolon.core.text.InputProblem;

/**
 * Turns every failure of an API controller into an RFC 9457 problem document with a stable
 * {@code code}. Spring MVC's own exceptions (unreadable JSON, wrong method, ...) pass through
 * {@link ResponseEntityExceptionHandler} and get their code from the status.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException exception) {
        return respond(ProblemResponses.problem(exception.error()));
    }

    /** Names the member and what is wrong with it, never its value (it may be a password). */
    @ExceptionHandler(InputProblem.class)
    ResponseEntity<ProblemDetail> invalidInput(InputProblem problem) {
        ProblemDetail body = ProblemResponses.problem(ApiError.INVALID_REQUEST);
        body.setProperty("field", problem.field());
        body.setProperty("reason", problem.reason().name().toLowerCase(java.util.Locale.ROOT));
        if (problem.limit() > 0) {
            body.setProperty("limit", problem.limit());
        }
        return respond(body);
    }

    @ExceptionHandler(WeakPasswordException.class)
    ResponseEntity<ProblemDetail> weakPassword(WeakPasswordException exception) {
        PasswordVerdict.Refused verdict = exception.verdict();
        ProblemDetail body = ProblemResponses.problem(ApiError.WEAK_PASSWORD);
        body.setProperty("field", exception.field());
        body.setProperty("reason", verdict.reason().name().toLowerCase(java.util.Locale.ROOT));
        if (verdict.limit() > 0) {
            body.setProperty("limit", verdict.limit());
        }
        return respond(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Unexpected failure in an API request", exception);
        return respond(ProblemResponses.problem(ApiError.INTERNAL_ERROR));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception exception, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ApiError error = ApiError.forStatus(org.springframework.http.HttpStatus.valueOf(status.value()));
        ProblemDetail problem = ProblemResponses.problem(error);
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
