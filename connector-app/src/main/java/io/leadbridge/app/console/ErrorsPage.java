package io.leadbridge.app.console;

import io.leadbridge.app.admin.ErrorView;
import io.leadbridge.app.admin.PersonTimeline;
import io.leadbridge.core.engine.ErrorRetry;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.ErrorStatus;
import io.leadbridge.core.port.SyncError;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The error queue: errors filtered like {@code /api/errors}, one error with the person it concerns, and the admin's
 * retry, dismissal and bulk retry. The security configuration lets only an ADMIN post.
 */
@Controller
class ErrorsPage {

    /** How many errors one page lists and one bulk retry queues. */
    static final int PAGE_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(ErrorsPage.class);

    private final ErrorQueue errors;
    private final ErrorRetry retry;
    private final PersonTimeline people;

    ErrorsPage(ErrorQueue errors, ErrorRetry retry, PersonTimeline people) {
        this.errors = errors;
        this.retry = retry;
        this.people = people;
    }

    @GetMapping("/errors")
    String errors(@RequestParam(required = false) String system, @RequestParam(required = false) String objectType,
                  @RequestParam(required = false) String code, @RequestParam(required = false) String status,
                  Model model) {
        ErrorFilter filter = ErrorQueueFilter.of(system, objectType, code, status);
        model.addAttribute("errors", errors.list(filter, PAGE_SIZE).stream().map(ErrorView::of).toList());
        model.addAttribute("total", errors.count(filter));
        model.addAttribute("systems", Arrays.stream(CrmSystem.values()).map(CrmSystem::name).toList());
        model.addAttribute("statuses", Arrays.stream(ErrorStatus.values()).map(ErrorStatus::name).toList());
        model.addAttribute("system", system);
        model.addAttribute("objectType", objectType);
        model.addAttribute("code", code);
        model.addAttribute("status", status);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "errors";
    }

    @GetMapping("/errors/{id}")
    String error(@PathVariable long id, Model model) {
        SyncError error = find(id);
        model.addAttribute("error", ErrorView.of(error));
        model.addAttribute("person", people.personOf(error.event().ref()).map(Object::toString).orElse(null));
        return "error-detail";
    }

    @PostMapping("/errors/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        try {
            retry.retry(id);
        } catch (IllegalStateException notRetriable) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, notRetriable.getMessage(), notRetriable);
        }
        log.info("Error {} queued for a retry from the console", id);
        redirect.addFlashAttribute("done", "Error " + id + " is queued for a retry; it resolves or reopens once "
                + "the worker has tried it.");
        return "redirect:/errors/" + id;
    }

    @PostMapping("/errors/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String reason, Principal principal,
                   RedirectAttributes redirect) {
        find(id);
        if (reason == null || reason.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason is required to dismiss an error");
        }
        try {
            retry.dismiss(id, principal.getName(), reason.strip());
        } catch (IllegalStateException notOpen) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, notOpen.getMessage(), notOpen);
        }
        log.info("Error {} dismissed by {} from the console", id, principal.getName());
        redirect.addFlashAttribute("done", "Error " + id + " is dismissed.");
        return "redirect:/errors/" + id;
    }

    @PostMapping("/errors/retry")
    String retryAll(@RequestParam(required = false) String system, @RequestParam(required = false) String objectType,
                    @RequestParam(required = false) String code, RedirectAttributes redirect) {
        ErrorFilter filter = ErrorQueueFilter.of(system, objectType, code, null);
        ErrorRetry.BulkRetry result = retry.retryAll(filter, PAGE_SIZE);
        log.info("Bulk retry from the console: {} errors queued, {} refused", result.queued().size(),
                result.refused().size());
        redirect.addFlashAttribute("done", "Open errors queued for a retry: " + result.queued().size()
                + (result.refused().isEmpty() ? "." : "; " + result.refused().size() + " stay open: "
                + result.refused()));
        return "redirect:" + UriComponentsBuilder.fromPath("/errors").queryParamIfPresent("system", present(system))
                .queryParamIfPresent("objectType", present(objectType)).queryParamIfPresent("code", present(code))
                .encode().build().toUriString();
    }

    private SyncError find(long id) {
        return errors.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no error with id " + id));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
