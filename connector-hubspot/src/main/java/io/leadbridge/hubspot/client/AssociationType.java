package io.leadbridge.hubspot.client;

/** One association label of a write, e.g. HUBSPOT_DEFINED 202 (note → contact). */
public record AssociationType(String associationCategory, int associationTypeId) {

    public static AssociationType hubSpotDefined(int typeId) {
        return new AssociationType("HUBSPOT_DEFINED", typeId);
    }
}
