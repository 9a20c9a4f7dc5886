package io.leadbridge.proof.state;

import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Each person's record id in both CRMs by lower-case e-mail: the HubSpot contact and the Salesforce Lead. */
final class PersonRecords {

    private final Map<String, String> contacts = new HashMap<>();
    private final Map<String, String> leads = new HashMap<>();

    private PersonRecords() {
    }

    static PersonRecords read(ProofCrms crms) {
        PersonRecords records = new PersonRecords();
        for (HubSpotRecord contact : crms.hubspot().records(ObjectType.CONTACTS)) {
            contact.property("email").ifPresent(email -> records.contacts.putIfAbsent(email.toLowerCase(Locale.ROOT),
                    String.valueOf(contact.id())));
        }
        for (Map<String, String> lead : crms.salesforce().list("Lead")) {
            if (lead.get("Email") != null) {
                records.leads.putIfAbsent(lead.get("Email").toLowerCase(Locale.ROOT), lead.get("Id"));
            }
        }
        return records;
    }

    /** The person's record id in HubSpot ({@code inHubSpot}) or Salesforce, if that CRM holds one. */
    Optional<String> of(boolean inHubSpot, String email) {
        return Optional.ofNullable((inHubSpot ? contacts : leads).get(email.toLowerCase(Locale.ROOT)));
    }
}
