package io.leadbridge.proof.state;

import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Both CRMs' activities as the touch check reads them, once per comparison: Leadbridge's mirrors by the key their
 * {@code Leadbridge key:} line names (with the person record each is on) and the SDR-context notes by person record.
 * A HubSpot person record is a contact id, a Salesforce one the activity's {@code WhoId}.
 */
final class ActivityIndex {

    private static final List<ObjectType> ENGAGEMENTS = List.of(ObjectType.EMAILS, ObjectType.CALLS,
            ObjectType.MEETINGS, ObjectType.NOTES, ObjectType.TASKS);
    private static final List<String> ACTIVITIES = List.of("Task", "Event");

    private final Map<String, List<String>> hubspotMirrors = new HashMap<>();
    private final Map<String, List<String>> salesforceMirrors = new HashMap<>();
    private final Map<String, List<String>> hubspotNotes = new HashMap<>();
    private final Map<String, List<String>> salesforceNotes = new HashMap<>();

    private ActivityIndex() {
    }

    static ActivityIndex read(ProofCrms crms) {
        ActivityIndex index = new ActivityIndex();
        for (ObjectType type : ENGAGEMENTS) {
            for (HubSpotRecord engagement : crms.hubspot().records(type)) {
                List<String> contacts = crms.hubspot().associatedIds(type, engagement.id(), ObjectType.CONTACTS)
                        .stream().map(String::valueOf).toList();
                String body = String.join("\n", engagement.properties().values());
                if (type == ObjectType.NOTES && engagement.property("hs_note_body").orElse("")
                        .startsWith(SdrContextNote.TITLE)) {
                    contacts.forEach(contact -> add(index.hubspotNotes, contact, body));
                } else {
                    IdempotencyKeys.labelledIn(body).ifPresent(key -> index.hubspotMirrors
                            .computeIfAbsent(key, k -> new ArrayList<>()).addAll(contacts));
                }
            }
        }
        for (String type : ACTIVITIES) {
            for (Map<String, String> activity : crms.salesforce().list(type)) {
                String who = activity.get("WhoId");
                String description = activity.getOrDefault("Description", "");
                if (SdrContextNote.TITLE.equals(activity.get("Subject"))) {
                    add(index.salesforceNotes, who, description);
                } else {
                    IdempotencyKeys.labelledIn(description).ifPresent(key -> add(index.salesforceMirrors, key, who));
                }
            }
        }
        return index;
    }

    /** The person records holding a mirror with {@code key} in the CRM the mirror was written to. */
    List<String> mirrors(boolean inHubSpot, String key) {
        return (inHubSpot ? hubspotMirrors : salesforceMirrors).getOrDefault(key, List.of());
    }

    /** The texts of the SDR-context notes on one person record. */
    List<String> notes(boolean inHubSpot, String personRecord) {
        return (inHubSpot ? hubspotNotes : salesforceNotes).getOrDefault(personRecord, List.of());
    }

    private static void add(Map<String, List<String>> index, String key, String value) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
}
