package io.leadbridge.core.testing;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.Optional;

/** Records, streams and change events as tests need them. */
public final class ChangeEvents {

    /** HubSpot contacts, read by the search poller: {@code hubspot.contacts}. */
    public static final StreamId HUBSPOT_CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");

    /** Salesforce leads, read by the SOQL poller: {@code salesforce.leads}. */
    public static final StreamId SALESFORCE_LEADS = new StreamId(CrmSystem.SALESFORCE, "leads");

    private ChangeEvents() {
    }

    public static ExternalRef hubspotContact(String id) {
        return new ExternalRef(CrmSystem.HUBSPOT, "contact", id);
    }

    public static ExternalRef salesforceLead(String id) {
        return new ExternalRef(CrmSystem.SALESFORCE, "Lead", id);
    }

    /** A HubSpot contact change read by the poller from {@link #HUBSPOT_CONTACTS}. */
    public static ChangeEvent polledContact(String id, Instant modifiedAt, Person person) {
        return ChangeEvent.polled(HUBSPOT_CONTACTS, hubspotContact(id), modifiedAt, person);
    }

    /** A Salesforce lead change read by the poller from {@link #SALESFORCE_LEADS}. */
    public static ChangeEvent polledLead(String id, Instant modifiedAt, Person person) {
        return ChangeEvent.polled(SALESFORCE_LEADS, salesforceLead(id), modifiedAt, person);
    }

    /** An upsert received by webhook: it has no stream position. */
    public static ChangeEvent webhook(ExternalRef ref, Instant modifiedAt, Person person) {
        return new ChangeEvent(ref, ChangeKind.UPSERT, modifiedAt, Optional.of(person), Optional.empty());
    }

    /** A deletion read by the poller from {@code stream}. */
    public static ChangeEvent polledDeletion(StreamId stream, ExternalRef ref, Instant modifiedAt) {
        return new ChangeEvent(ref, ChangeKind.DELETE, modifiedAt, Optional.empty(),
                Optional.of(new ChangeEvent.StreamPosition(stream, new Watermark(modifiedAt, ref.id()))));
    }

    /** The stream position of a polled event. */
    public static Watermark positionOf(ChangeEvent event) {
        return event.stream().orElseThrow(() -> new IllegalArgumentException(event.ref() + " has no stream position"))
                .position();
    }
}
