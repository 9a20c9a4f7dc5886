package io.leadbridge.app.api;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/people}: a person's audit trail ({@code /{personId}/timeline}, newest first) and the lookup of a
 * person by one of their CRM records ({@code ?hubspotId=} or {@code ?salesforceId=}).
 */
@RestController
@RequestMapping("/api/people")
class PersonTimelineController {

    private static final List<String> SALESFORCE_PEOPLE = List.of("Lead", "Contact");

    private final AuditTrail audit;
    private final IdMappingStore ids;

    PersonTimelineController(AuditTrail audit, IdMappingStore ids) {
        this.audit = audit;
        this.ids = ids;
    }

    @GetMapping("/{personId}/timeline")
    Timeline timeline(@PathVariable String personId, @RequestParam(required = false) Integer limit) {
        PersonId person = ApiParameters.personId(personId);
        return new Timeline(person.toString(), audit.of(person, ApiParameters.limit(limit)).stream()
                .map(TimelineEntry::of).toList());
    }

    @GetMapping
    Person find(@RequestParam(required = false) String hubspotId,
                @RequestParam(required = false) String salesforceId) {
        Optional<String> hubspot = ApiParameters.optional(hubspotId);
        Optional<String> salesforce = ApiParameters.optional(salesforceId);
        if (hubspot.isPresent() == salesforce.isPresent()) {
            throw new BadApiRequest("hubspotId", "give exactly one of hubspotId or salesforceId");
        }
        Stream<ExternalRef> candidates = hubspot.map(id -> Stream.of(new ExternalRef(CrmSystem.HUBSPOT, "contact", id)))
                .orElseGet(() -> SALESFORCE_PEOPLE.stream()
                        .map(type -> new ExternalRef(CrmSystem.SALESFORCE, type, salesforce.get())));
        PersonId person = candidates.map(ids::find).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no person is linked to "
                        + hubspot.map(id -> "HubSpot contact " + id).orElse("Salesforce record " + salesforce.get())));
        return new Person(person.toString(),
                ids.refIn(person, CrmSystem.HUBSPOT).map(RecordView::of).orElse(null),
                ids.refIn(person, CrmSystem.SALESFORCE).map(RecordView::of).orElse(null));
    }

    record Timeline(String personId, List<TimelineEntry> entries) {
    }

    record TimelineEntry(Instant at, String kind, String ruleId, String reason, RecordView record,
                         Map<String, String> details) {

        static TimelineEntry of(AuditEntry entry) {
            return new TimelineEntry(entry.at(), entry.kind().name(), entry.ruleId(), entry.reason(),
                    entry.record().map(RecordView::of).orElse(null), entry.details());
        }
    }

    record Person(String personId, RecordView hubspot, RecordView salesforce) {
    }
}
