package io.leadbridge.hubspot.mapping;

/** Contact property names the adapter relies on, whatever the field mapping says. */
public final class ContactProperties {

    /** When the contact last changed. Contacts have this one; other objects use {@code hs_lastmodifieddate}. */
    public static final String LAST_MODIFIED = "lastmodifieddate";

    public static final String OBJECT_ID = "hs_object_id";

    /** The ids of the contacts merged into this one, separated by semicolons; HubSpot sets it on a merge. */
    public static final String MERGED_OBJECT_IDS = "hs_merged_object_ids";

    private ContactProperties() {
    }
}
