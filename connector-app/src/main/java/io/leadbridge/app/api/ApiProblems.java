package io.leadbridge.app.api;

import io.leadbridge.core.failure.SyncFailureException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the admin API answers a refused request: JSON {@code {status, error, field, message}}. 400 names the field
 * or parameter; 404 an unknown id; 409 an action the current state does not allow (retrying a dismissed error,
 * starting a backfill that is running); 502 a failed CRM read.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    @ExceptionHandler(BadApiRequest.class)
    ResponseEntity<Map<String, Object>> badRequest(BadApiRequest e) {
        return answer(HttpStatus.BAD_REQUEST, e.field(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getName(), e.getName() + " must be a "
                + (e.getRequiredType() == null ? "valid value" : e.getRequiredType().getSimpleName().toLowerCase())
                + ", was '" + e.getValue() + "'");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadableBody(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "body", "the body must be a JSON object as documented in docs/api.md");
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, Object>> notFound(NoSuchElementException e) {
        return answer(HttpStatus.NOT_FOUND, null, e.getMessage());
    }

    /** A CRM read for a resync or dry run failed; the failure is already classified and carries no secrets. */
    @ExceptionHandler(SyncFailureException.class)
    ResponseEntity<Map<String, Object>> crmFailed(SyncFailureException e) {
        return answer(HttpStatus.BAD_GATEWAY, null, "the CRM read failed: " + e.failure().code() + ": "
                + e.failure().message());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> conflict(IllegalStateException e) {
        return answer(HttpStatus.CONFLICT, null, e.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
