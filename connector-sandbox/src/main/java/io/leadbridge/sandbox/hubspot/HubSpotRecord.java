package io.leadbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One CRM record as the emulator stores it: every property value is a string, as on HubSpot's wire.
 *
 * @param properties every property that has a value, including {@code hs_object_id} and the create and
 *                   modification dates
 * @param archivedAt null unless archived
 */
public record HubSpotRecord(ObjectType type, long id, Map<String, String> properties, Instant createdAt,
                            Instant updatedAt, boolean archived, Instant archivedAt) {

    public HubSpotRecord {
        Objects.requireNonNull(type, "type");
        properties = Map.copyOf(properties);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The value of a property, empty when unset or blank. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name)).filter(value -> !value.isEmpty());
    }

    HubSpotRecord withProperties(Map<String, String> newProperties, Instant now) {
        return new HubSpotRecord(type, id, newProperties, createdAt, now, archived, archivedAt);
    }

    HubSpotRecord archive(Instant now) {
        return new HubSpotRecord(type, id, properties, createdAt, now, true, now);
    }
}
