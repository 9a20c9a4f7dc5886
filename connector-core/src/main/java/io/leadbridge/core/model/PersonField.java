package io.leadbridge.core.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The canonical fields of a person. Which CRM field each one maps to is configuration
 * ({@link io.leadbridge.core.sync.PersonFieldMapping}); {@link #key()} is the name used there.
 */
public enum PersonField {
    EMAIL("email"),
    FIRST_NAME("firstName"),
    LAST_NAME("lastName"),
    PHONE("phone"),
    MOBILE_PHONE("mobilePhone"),
    TITLE("title"),
    COMPANY("company"),
    WEBSITE("website"),
    INDUSTRY("industry"),
    COUNTRY("country"),
    CITY("city"),
    LEAD_SOURCE("leadSource"),
    LIFECYCLE_STAGE("lifecycleStage"),
    LEAD_STATUS("leadStatus"),
    OWNER_EMAIL("ownerEmail"),
    /** The employer's head count, as a number; qualification and routing read it as the company size. */
    EMPLOYEES("employees"),
    /** BANT answers, as the CRM field holds them; the rules file says which answers count as a yes. */
    BUDGET("budget"),
    AUTHORITY("authority"),
    NEED("need"),
    TIMELINE("timeline");

    private final String key;

    PersonField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<PersonField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
