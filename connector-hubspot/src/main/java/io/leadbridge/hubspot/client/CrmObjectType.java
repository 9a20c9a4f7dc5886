package io.leadbridge.hubspot.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM object types the adapter uses, with their path names and, for activities, HubSpot's
 * association type ids to contacts, companies and deals (HUBSPOT_DEFINED, direction activity → record).
 */
public enum CrmObjectType {
    CONTACTS("contacts", "contacts", Map.of()),
    COMPANIES("companies", "companies", Map.of()),
    /** HubSpot documents the deal endpoints under the type id {@code 0-3}. */
    DEALS("deals", "0-3", Map.of()),
    NOTES("notes", "notes", Map.of("contacts", 202, "companies", 190, "deals", 214)),
    EMAILS("emails", "emails", Map.of("contacts", 198, "companies", 186, "deals", 210)),
    CALLS("calls", "calls", Map.of("contacts", 194, "companies", 182, "deals", 206)),
    TASKS("tasks", "tasks", Map.of("contacts", 204, "companies", 192, "deals", 216)),
    MEETINGS("meetings", "meetings", Map.of("contacts", 200, "companies", 188, "deals", 212));

    private final String pathName;
    private final String objectPath;
    private final Map<String, Integer> associationTypeIds;

    CrmObjectType(String pathName, String objectPath, Map<String, Integer> associationTypeIds) {
        this.pathName = pathName;
        this.objectPath = objectPath;
        this.associationTypeIds = associationTypeIds;
    }

    /** The name in association and property paths, e.g. {@code deals}. */
    public String pathName() {
        return pathName;
    }

    /** The segment in record paths ({@code /crm/objects/2026-03/0-3}), as HubSpot's documents give it. */
    public String objectPath() {
        return objectPath;
    }

    /** The default association from this activity to a record of {@code target}; empty for non-activities. */
    public Optional<AssociationType> associationTo(CrmObjectType target) {
        return Optional.ofNullable(associationTypeIds.get(target.pathName)).map(AssociationType::hubSpotDefined);
    }

    /** An inline association of a create: this activity → record {@code id} of type {@code target}. */
    public AssociationInput associate(CrmObjectType target, String id) {
        AssociationType type = associationTo(target).orElseThrow(() -> new IllegalArgumentException(
                pathName + " has no default association to " + target.pathName));
        return new AssociationInput(new ObjectId(id), List.of(type));
    }
}
