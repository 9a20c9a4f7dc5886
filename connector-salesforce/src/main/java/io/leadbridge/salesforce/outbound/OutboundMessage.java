package io.leadbridge.salesforce.outbound;

import java.util.List;
import java.util.Objects;

/**
 * One Outbound Messaging {@code notifications} request. The session id Salesforce may include is never kept.
 *
 * @param organizationId the sending org's id, as sent (18 characters)
 * @param actionId       the outbound message definition that fired
 */
public record OutboundMessage(String organizationId, String actionId, List<OutboundNotification> notifications) {

    public OutboundMessage {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(actionId, "actionId");
        notifications = List.copyOf(notifications);
    }

    /**
     * Whether the message comes from {@code configuredOrganizationId} (15 or 18 characters); ids compare on their
     * case-sensitive 15-character form.
     */
    public boolean isFrom(String configuredOrganizationId) {
        return configuredOrganizationId != null && configuredOrganizationId.length() >= 15
                && organizationId.length() >= 15
                && organizationId.substring(0, 15).equals(configuredOrganizationId.substring(0, 15));
    }
}
