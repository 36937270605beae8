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
        ProblemDetail problem = ProblemResponses.problem(exception.error());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (exception.headerName() != null) {
            answer.header(exception.headerName(), exception.headerValue());
        }
        return answer.body(problem);
    }

    @ExceptionHandler(InputProblem.class)
    ResponseEntity<ProblemDetail> invalidInput(InputProblem problem) {
        return respond(fieldProblem(ApiError.INVALID_REQUEST, problem.field(), problem.reason(), problem.limit()));
    }

    @ExceptionHandler(WeakPasswordException.class)
    ResponseEntity<ProblemDetail> weakPassword(WeakPasswordException exception) {
        PasswordVerdict.Refused verdict = exception.verdict();
        return respond(fieldProblem(ApiError.WEAK_PASSWORD, exception.field(), verdict.reason(), verdict.limit()));
    }

    /** Names the member and what is wrong with it, never its value (it may be a password). */
    private static ProblemDetail fieldProblem(ApiError error, String field, Enum<?> reason, int limit) {
        ProblemDetail body = ProblemResponses.problem(error);
        body.setProperty("field", field);
        body.setProperty("reason", reason.name().toLowerCase(java.util.Locale.ROOT));
        if (limit > 0) {
            body.setProperty("limit", limit);
        }
        return body;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Unexpected failure in an API request", exception);
        return respond(ProblemResponses.problem(ApiError.INTERNAL_ERROR));
    }

    /** A query parameter of the wrong type (?page=abc) or missing names the parameter. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(fieldProblem(ApiError.INVALID_REQUEST, String.valueOf(exception.getPropertyName()),
                        org.symbolon.core.text.InputProblem.Reason.NOT_ALLOWED, 0));
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
