package io.leadbridge.app.api;

import io.leadbridge.core.engine.ErrorRetry;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.SyncError;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/errors}: list, inspect, retry and dismiss the changes the error queue keeps. A retry answers 202: the
 * change is queued, and the error resolves or reopens once the worker has tried it. Endpoints and answers are listed
 * in {@code docs/api.md}.
 */
@RestController
@RequestMapping("/api/errors")
class ErrorQueueController {

    private static final Logger log = LoggerFactory.getLogger(ErrorQueueController.class);

    private final ErrorQueue errors;
    private final ErrorRetry retry;

    ErrorQueueController(ErrorQueue errors, ErrorRetry retry) {
        this.errors = errors;
        this.retry = retry;
    }

    @GetMapping
    ErrorList list(@RequestParam(required = false) String system, @RequestParam(required = false) String objectType,
                   @RequestParam(required = false) String code, @RequestParam(required = false) String status,
                   @RequestParam(required = false) Integer limit) {
        ErrorFilter filter = ApiParameters.errorFilter(system, objectType, code, status);
        return new ErrorList(errors.count(filter),
                errors.list(filter, ApiParameters.limit(limit)).stream().map(ErrorView::of).toList());
    }

    @GetMapping("/{id}")
    ErrorView one(@PathVariable long id) {
        return ErrorView.of(find(id));
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ErrorView retry(@PathVariable long id) {
        retry.retry(id);
        log.info("Error {} queued for a retry", id);
        return ErrorView.of(find(id));
    }

    @PostMapping("/{id}/dismiss")
    ErrorView dismiss(@PathVariable long id, @RequestBody(required = false) DismissRequest request,
                      Principal principal) {
        DismissRequest body = request == null ? new DismissRequest(null, null) : request;
        String reason = ApiParameters.required("reason", body.reason());
        String who = principal != null ? principal.getName() : ApiParameters.required("by", body.by());
        retry.dismiss(id, who, reason);
        log.info("Error {} dismissed by {}", id, who);
        return ErrorView.of(find(id));
    }

    @PostMapping("/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ErrorRetry.BulkRetry retryAll(@RequestBody(required = false) BulkRetryRequest request) {
        BulkRetryRequest body = request == null ? new BulkRetryRequest(null, null, null, null) : request;
        ErrorFilter filter = ApiParameters.errorFilter(body.system(), body.objectType(), body.code(), null);
        ErrorRetry.BulkRetry result = retry.retryAll(filter, ApiParameters.limit(body.limit()));
        log.info("Bulk retry: {} errors queued, {} refused", result.queued().size(), result.refused().size());
        return result;
    }

    private SyncError find(long id) {
        return errors.find(id).orElseThrow(() -> new NoSuchElementException("no error " + id));
    }

    record ErrorList(long total, List<ErrorView> errors) {
    }

    /**
     * @param by who dismisses; only read when the request carries no authenticated user
     */
    record DismissRequest(String reason, String by) {
    }

    record BulkRetryRequest(String system, String objectType, String code, Integer limit) {
    }
}
