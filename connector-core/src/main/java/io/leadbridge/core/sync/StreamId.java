package io.leadbridge.core.sync;

import io.leadbridge.core.model.CrmSystem;
import java.util.Objects;

/** One incremental read stream, e.g. HubSpot contacts; each stream has its own watermark. */
public record StreamId(CrmSystem system, String objectType) {

    public StreamId {
        Objects.requireNonNull(system, "system");
        if (objectType == null || objectType.isBlank()) {
            throw new IllegalArgumentException("objectType must not be blank");
        }
    }

    /** The stored form, e.g. {@code hubspot.contacts}. */
    public String key() {
        return system.name().toLowerCase(java.util.Locale.ROOT) + "." + objectType;
    }

    public static StreamId parse(String key) {
        int dot = key.indexOf('.');
        if (dot < 1) {
            throw new IllegalArgumentException("stream key must look like system.objectType: " + key);
        }
        return new StreamId(CrmSystem.valueOf(key.substring(0, dot).toUpperCase(java.util.Locale.ROOT)),
                key.substring(dot + 1));
    }

    @Override
    public String toString() {
        return key();
    }
}
