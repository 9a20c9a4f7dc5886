package io.leadbridge.core.sync;

import io.leadbridge.core.model.CrmSystem;
import java.util.Arrays;
import java.util.Optional;

/** Which CRM decides a field's value. Written in configuration with the kebab-case {@link #key()}. */
public enum FieldOwnership {
    ALWAYS_HUBSPOT("always-hubspot"),
    ALWAYS_SALESFORCE("always-salesforce"),
    PREFER_HUBSPOT_UNLESS_BLANK("prefer-hubspot-unless-blank"),
    PREFER_SALESFORCE_UNLESS_BLANK("prefer-salesforce-unless-blank"),
    TWO_WAY_NEWEST_WINS("two-way-newest-wins"),
    DONT_SYNC("dont-sync");

    private final String key;

    FieldOwnership(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<FieldOwnership> fromKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** The system that always wins, if this rule names one. */
    public Optional<CrmSystem> always() {
        return switch (this) {
            case ALWAYS_HUBSPOT -> Optional.of(CrmSystem.HUBSPOT);
            case ALWAYS_SALESFORCE -> Optional.of(CrmSystem.SALESFORCE);
            default -> Optional.empty();
        };
    }

    /** The system preferred unless its value is blank, if this rule names one. */
    public Optional<CrmSystem> preferred() {
        return switch (this) {
            case PREFER_HUBSPOT_UNLESS_BLANK -> Optional.of(CrmSystem.HUBSPOT);
            case PREFER_SALESFORCE_UNLESS_BLANK -> Optional.of(CrmSystem.SALESFORCE);
            default -> Optional.empty();
        };
    }
}
