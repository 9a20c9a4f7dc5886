package io.leadbridge.app.admin;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One person as the console shows them: the records linked in each CRM and their audit trail, newest first. */
public class PersonTimeline {

    /** How many audit entries a timeline shows. */
    public static final int ENTRIES = 200;

    private final AuditTrail audit;
    private final IdMappingStore ids;

    public PersonTimeline(AuditTrail audit, IdMappingStore ids) {
        this.audit = audit;
        this.ids = ids;
    }

    public record View(PersonId person, List<ExternalRef> records, List<AuditEntry> entries) {
    }

    public View of(PersonId person) {
        List<ExternalRef> records = Arrays.stream(CrmSystem.values())
                .flatMap(system -> ids.refIn(person, system).stream()).toList();
        return new View(person, records, audit.of(person, ENTRIES));
    }

    /** The person a CRM record belongs to, if the id map knows it. */
    public Optional<PersonId> personOf(ExternalRef record) {
        return ids.find(record);
    }
}
