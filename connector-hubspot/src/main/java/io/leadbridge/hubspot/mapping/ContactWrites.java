package io.leadbridge.hubspot.mapping;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.PersonWrite;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Turns a canonical person write into HubSpot contact property values, through the field mapping. */
public final class ContactWrites {

    /** The contact property that holds the lifecycle stage; HubSpot only moves it forward on its own. */
    public static final String LIFECYCLE_STAGE = "lifecyclestage";
    public static final String EMAIL = "email";

    private final Map<PersonField, String> propertyByField;

    public ContactWrites(FieldMappings mappings) {
        this.propertyByField = mappings.namesIn(CrmSystem.HUBSPOT);
    }

    /** Property → value for every changed field mapped in HubSpot; {@code ""} clears a property. */
    public Map<String, String> properties(PersonWrite write) {
        Map<String, String> properties = new LinkedHashMap<>();
        write.changes().forEach((field, value) -> {
            String property = propertyByField.get(field);
            if (property != null) {
                properties.put(property, value == null ? "" : value);
            }
        });
        return properties;
    }

    /** The normalised email the write sets, which identifies the contact when no contact id is known. */
    public Optional<String> email(PersonWrite write) {
        return Optional.ofNullable(write.changes().get(PersonField.EMAIL))
                .filter(value -> !value.isBlank())
                .map(EmailAddress::normalise);
    }
}
