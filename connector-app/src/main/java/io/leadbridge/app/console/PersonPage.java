package io.leadbridge.app.console;

import io.leadbridge.app.admin.PersonTimeline;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A person's timeline, found by Leadbridge id or by one of their CRM records. */
@Controller
class PersonPage {

    private final PersonTimeline timeline;

    PersonPage(PersonTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/people")
    String find(@RequestParam(required = false) String system, @RequestParam(required = false) String objectType,
                @RequestParam(required = false) String recordId, Model model) {
        if (system == null && objectType == null && recordId == null) {
            return "people";
        }
        ExternalRef record;
        try {
            record = new ExternalRef(CrmSystem.valueOf(String.valueOf(system).strip().toUpperCase(Locale.ROOT)),
                    objectType, recordId);
        } catch (IllegalArgumentException invalid) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "system must be HUBSPOT or SALESFORCE, "
                    + "objectType and recordId must not be blank: " + invalid.getMessage(), invalid);
        }
        return timeline.personOf(record).map(person -> "redirect:/people/" + person)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "the id map has no person for " + record.key()));
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable String id, Model model) {
        PersonId person;
        try {
            person = PersonId.parse(id);
        } catch (IllegalArgumentException invalid) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "person id must be a UUID, was '" + id + "'",
                    invalid);
        }
        model.addAttribute("view", timeline.of(person));
        return "person";
    }
}
