package io.leadbridge.sandbox.hubspot;

/** Who made a change, as webhook events report it in {@code changeSource} and {@code sourceId}. */
record ChangeOrigin(String changeSource, String sourceId) {

    /** A write through the REST API with an app's token. */
    static ChangeOrigin integration(long appId) {
        return new ChangeOrigin("INTEGRATION", String.valueOf(appId));
    }

    /** A change made "by a user in HubSpot": what the Java seeding API stands for. */
    static ChangeOrigin crmUi() {
        return new ChangeOrigin("CRM_UI", "userId:1");
    }
}
