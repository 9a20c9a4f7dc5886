package io.leadbridge.app.console;

import io.leadbridge.app.admin.PersonTimeline;
import io.leadbridge.core.engine.Resync;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import java.util.Locale;
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

/**
 * A person's timeline, found by Leadbridge id or by one of their CRM records, with a resync and a dry run of each
 * linked HubSpot contact and Salesforce Lead.
 */
@Controller
class PersonPage {

    private static final Logger log = LoggerFactory.getLogger(PersonPage.class);

    private final PersonTimeline timeline;
    private final RecordActions records;

    PersonPage(PersonTimeline timeline, RecordActions records) {
        this.timeline = timeline;
        this.records = records;
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
        model.addAttribute("view", timeline.of(personId(id)));
        model.addAttribute("recordActions", records.available());
        return "person";
    }

    @PostMapping("/people/{id}/dry-run")
    String dryRun(@PathVariable String id, @RequestParam(required = false) String system,
                  @RequestParam(required = false) String recordId, Model model) {
        model.addAttribute("plan", records.plan(system, recordId));
        return person(id, model);
    }

    @PostMapping("/people/{id}/resync")
    String resync(@PathVariable String id, @RequestParam(required = false) String system,
                  @RequestParam(required = false) String recordId, RedirectAttributes redirect) {
        PersonId person = personId(id);
        Resync.Report report = records.resync(system, recordId);
        log.info("Resync from the console of person {}: {} queued, {} already seen", person, report.queued().size(),
                report.alreadySeen().size());
        redirect.addFlashAttribute("done", report.queued().isEmpty()
                ? "Nothing queued: the current version of " + report.alreadySeen().get(0).key() + " was already synced."
                : "Queued for a resync: " + report.queued().stream().map(ExternalRef::key).toList() + ".");
        return "redirect:/people/" + person;
    }

    private static PersonId personId(String id) {
        try {
            return PersonId.parse(id);
        } catch (IllegalArgumentException invalid) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "person id must be a UUID, was '" + id + "'",
                    invalid);
        }
    }
}
