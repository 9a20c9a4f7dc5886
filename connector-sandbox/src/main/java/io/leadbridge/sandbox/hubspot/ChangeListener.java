package io.leadbridge.sandbox.hubspot;

/** Told about record changes after they are stored; must not block (called with the portal's lock held). */
interface ChangeListener {

    ChangeListener NONE = new ChangeListener() {
        @Override
        public void created(HubSpotRecord record, ChangeOrigin origin) {
        }

        @Override
        public void propertyChanged(HubSpotRecord record, String property, String value, ChangeOrigin origin) {
        }
    };

    void created(HubSpotRecord record, ChangeOrigin origin);

    void propertyChanged(HubSpotRecord record, String property, String value, ChangeOrigin origin);

    /** A record was archived (deleted) by the API or a user; a merged-away contact is reported by {@link #merged}. */
    default void archived(HubSpotRecord record) {
    }

    /** The contact {@code mergedId} was merged into {@code survivor} (and archived). */
    default void merged(HubSpotRecord survivor, long mergedId, ChangeOrigin origin) {
    }
}
