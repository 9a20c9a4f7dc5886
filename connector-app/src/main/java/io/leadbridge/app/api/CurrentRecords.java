package io.leadbridge.app.api;

import io.leadbridge.core.identity.PeopleLookup;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.hubspot.HubSpotContactLookup;
import io.leadbridge.salesforce.SalesforceLeadLookup;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the current version of people records for a resync or a dry run: a HubSpot contact or a Salesforce Lead by
 * id, or every such record that holds an email. Salesforce Contacts are found by email but not read: people sync
 * writes from Leads only.
 */
public class CurrentRecords {

    private final HubSpotContactLookup contacts;
    private final SalesforceLeadLookup leads;
    private final List<PeopleLookup> byEmail;

    CurrentRecords(HubSpotContactLookup contacts, SalesforceLeadLookup leads, List<PeopleLookup> byEmail) {
        this.contacts = contacts;
        this.leads = leads;
        this.byEmail = List.copyOf(byEmail);
    }

    public List<ChangeEvent> hubspotContact(String id) {
        return contacts.currentVersions(List.of(id));
    }

    public List<ChangeEvent> salesforceLead(String id) {
        return leads.currentVersions(List.of(id));
    }

    /** Every HubSpot contact and Salesforce Lead holding the email, and the Salesforce Contacts left unread. */
    Found withEmail(String email) {
        String normalised = EmailAddress.normalise(email);
        List<String> contactIds = new ArrayList<>();
        List<String> leadIds = new ArrayList<>();
        List<ExternalRef> unread = new ArrayList<>();
        for (PeopleLookup lookup : byEmail) {
            for (PersonCandidate candidate : lookup.findByEmail(normalised)) {
                ExternalRef ref = candidate.ref();
                if (ref.system() == CrmSystem.HUBSPOT) {
                    contactIds.add(ref.id());
                } else if ("Lead".equals(ref.objectType())) {
                    leadIds.add(ref.id());
                } else {
                    unread.add(ref);
                }
            }
        }
        List<ChangeEvent> events = new ArrayList<>(contactIds.isEmpty() ? List.of()
                : contacts.currentVersions(contactIds));
        events.addAll(leads.currentVersions(leadIds));
        return new Found(events, unread);
    }

    record Found(List<ChangeEvent> events, List<ExternalRef> unread) {
    }
}
