package io.leadbridge.sandbox.hubspot;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The CRM object types the emulator serves, with HubSpot's path names, singular names and type ids. */
public enum ObjectType {
    CONTACTS("contacts", "contact", "0-1", List.of("firstname", "lastname", "email")),
    COMPANIES("companies", "company", "0-2", List.of("name", "domain")),
    DEALS("deals", "deal", "0-3", List.of("dealname", "amount", "dealstage", "pipeline", "closedate")),
    NOTES("notes", "note", "0-46", List.of("hs_timestamp")),
    EMAILS("emails", "email", "0-49", List.of("hs_timestamp")),
    CALLS("calls", "call", "0-48", List.of("hs_timestamp")),
    TASKS("tasks", "task", "0-27", List.of("hs_timestamp")),
    MEETINGS("meetings", "meeting", "0-47", List.of("hs_timestamp"));

    private final String pathName;
    private final String singular;
    private final String typeId;
    private final List<String> defaultProperties;

    ObjectType(String pathName, String singular, String typeId, List<String> defaultProperties) {
        this.pathName = pathName;
        this.singular = singular;
        this.typeId = typeId;
        this.defaultProperties = defaultProperties;
    }

    /** The name used in paths, e.g. {@code contacts}. */
    public String pathName() {
        return pathName;
    }

    /** e.g. {@code contact}, as in {@code associations.contact} or {@code contact.creation}. */
    public String singular() {
        return singular;
    }

    /** e.g. {@code 0-1}. */
    public String typeId() {
        return typeId;
    }

    /** The properties returned when a read names none (plus the ones every record carries). */
    public List<String> defaultProperties() {
        return defaultProperties;
    }

    /** {@code createdate} for contacts, companies and deals; {@code hs_createdate} for activities. */
    public String createdProperty() {
        return isActivity() ? "hs_createdate" : "createdate";
    }

    /** {@code lastmodifieddate} for contacts, {@code hs_lastmodifieddate} for every other type. */
    public String lastModifiedProperty() {
        return this == CONTACTS ? "lastmodifieddate" : "hs_lastmodifieddate";
    }

    /**
     * Every property that holds the modification time: {@code hs_lastmodifieddate} on all types, and on contacts
     * also {@code lastmodifieddate}, the one HubSpot's docs point contact searches at.
     */
    public List<String> modificationProperties() {
        return this == CONTACTS ? List.of("lastmodifieddate", "hs_lastmodifieddate") : List.of("hs_lastmodifieddate");
    }

    public boolean isActivity() {
        return ordinal() >= NOTES.ordinal();
    }

    /** Upper-case singular as HubSpot writes it in error messages, e.g. {@code CONTACT}. */
    String messageName() {
        return singular.toUpperCase(Locale.ROOT);
    }

    /** Resolves a path segment: a plural or singular name or a type id, case-insensitive. */
    public static Optional<ObjectType> find(String segment) {
        for (ObjectType type : values()) {
            if (type.pathName.equalsIgnoreCase(segment) || type.singular.equalsIgnoreCase(segment)
                    || type.typeId.equals(segment)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static ObjectType fromPath(String segment) {
        return find(segment).orElseThrow(() -> ApiException.badRequest("Unable to infer object type from: " + segment));
    }
}
