package io.leadbridge.salesforce.outbound;

import java.util.Map;
import java.util.Objects;

/**
 * One {@code Notification} of an outbound message: the record's values when Salesforce sent it.
 *
 * @param notificationId Salesforce's id of this notification, the same on every redelivery
 * @param objectType     the sObject type, e.g. {@code Lead}
 * @param recordId       the record's id
 * @param fields         the fields the outbound message was defined with (API name to value, nil values left out)
 */
public record OutboundNotification(String notificationId, String objectType, String recordId,
                                   Map<String, String> fields) {

    public OutboundNotification {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(recordId, "recordId");
        fields = Map.copyOf(fields);
    }

    /** Field names only: values are personal data. */
    @Override
    public String toString() {
        return "OutboundNotification[" + notificationId + ", " + objectType + " " + recordId + ", fields="
                + fields.keySet() + "]";
    }
}
