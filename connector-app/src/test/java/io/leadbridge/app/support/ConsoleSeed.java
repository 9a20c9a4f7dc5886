package io.leadbridge.app.support;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the console shows, put into a running app through its own ports: a person linked in both CRMs with an
 * audit trail, and a write of that person that failed into the error queue.
 */
public final class ConsoleSeed {

    public static final ExternalRef CONTACT = new ExternalRef(CrmSystem.HUBSPOT, "contact", "7001");
    public static final ExternalRef LEAD = new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q5g00000SeedAAA");
    public static final String ERROR_CODE = "INVALID_EMAIL_ADDRESS";
    public static final String ERROR_MESSAGE = "Email: invalid email address";
    public static final String AUDIT_REASON = "HubSpot owns email (always-hubspot), so Salesforce took its value";

    private ConsoleSeed() {
    }

    public record Seeded(PersonId person, long errorId) {
    }

    public static Seeded into(RunningApp app) {
        IdMappingStore ids = app.bean(IdMappingStore.class);
        PersonId person = ids.personFor(CONTACT);
        ids.link(person, LEAD);
        Instant at = Instant.parse("2026-11-25T09:30:00Z");
        app.bean(AuditTrail.class).record(List.of(
                AuditEntry.of(person, at, AuditKind.IDENTITY, "identity:email", "Matched the Lead by email")
                        .about(LEAD),
                AuditEntry.of(person, at.plusSeconds(1), AuditKind.FIELD_DECISION, "field-ownership:email",
                        AUDIT_REASON).with(Map.of("field", "email", "verdict", "take-hubspot"))));
        Person change = Person.builder().with(PersonField.EMAIL, "not-an-email").with(PersonField.FIRST_NAME, "Ada")
                .build();
        long errorId = app.bean(ErrorQueue.class).add(ChangeEvent.polled(new StreamId(CrmSystem.HUBSPOT, "contacts"),
                        CONTACT, at, change),
                new SyncFailure.Permanent(ERROR_CODE, ERROR_MESSAGE, "sf-corr-1", List.of("Email")), 3);
        return new Seeded(person, errorId);
    }
}
