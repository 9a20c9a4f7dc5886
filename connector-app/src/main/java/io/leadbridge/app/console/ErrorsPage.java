package io.leadbridge.app.console;

import io.leadbridge.app.admin.ErrorFilter;
import io.leadbridge.app.admin.ErrorView;
import io.leadbridge.app.admin.OpenErrors;
import io.leadbridge.app.admin.PersonTimeline;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.SyncError;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The error queue: open errors with filters, and one error with the person it concerns. */
@Controller
class ErrorsPage {

    private final OpenErrors errors;
    private final PersonTimeline people;

    ErrorsPage(OpenErrors errors, PersonTimeline people) {
        this.errors = errors;
        this.people = people;
    }

    @GetMapping("/errors")
    String errors(@RequestParam(required = false) String system, @RequestParam(required = false) String kind,
                  @RequestParam(name = "q", required = false) String text, Model model) {
        ErrorFilter filter;
        try {
            filter = ErrorFilter.of(system, kind, text);
        } catch (IllegalArgumentException invalid) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, invalid.getMessage(), invalid);
        }
        model.addAttribute("errors", errors.matching(filter).stream().map(ErrorView::of).toList());
        model.addAttribute("systems", Arrays.stream(CrmSystem.values()).map(CrmSystem::name).toList());
        model.addAttribute("kinds", ErrorFilter.KINDS);
        model.addAttribute("system", system);
        model.addAttribute("kind", kind);
        model.addAttribute("q", text);
        model.addAttribute("window", OpenErrors.WINDOW);
        return "errors";
    }

    @GetMapping("/errors/{id}")
    String error(@PathVariable long id, Model model) {
        SyncError error = errors.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no open error with id " + id + " among the newest " + OpenErrors.WINDOW));
        model.addAttribute("error", ErrorView.of(error));
        model.addAttribute("person", people.personOf(error.event().ref()).map(Object::toString).orElse(null));
        return "error-detail";
    }
}
