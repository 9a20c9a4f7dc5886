package io.leadbridge.hubspot.mapping;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.PersonWrite;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a canonical person write into HubSpot contact property values, through the field mapping. The owner
 * ({@code ownerEmail}) is written as the id of the HubSpot owner with that email, or cleared with {@code ""}; an
 * email no owner has is left out (the core reports it); without an owner directory it is never written.
 */
public final class ContactWrites {

    /** The contact property that holds the lifecycle stage; HubSpot only moves it forward on its own. */
    public static final String LIFECYCLE_STAGE = "lifecyclestage";
    public static final String EMAIL = "email";

    private final Map<PersonField, String> propertyByField;
    private final Optional<OwnerDirectory> owners;

    /** Without owners: a mapped {@code ownerEmail} is not written. */
    public ContactWrites(FieldMappings mappings) {
        this(mappings, Optional.empty());
    }

    /** @param owners HubSpot's owners, by email and by id */
    public ContactWrites(FieldMappings mappings, Optional<OwnerDirectory> owners) {
        this.propertyByField = withoutOwnerUnless(owners.isPresent(), mappings.namesIn(CrmSystem.HUBSPOT));
        this.owners = owners;
    }

    /** The mapped properties, without the owner's when there is no owner directory to translate it. */
    static Map<PersonField, String> withoutOwnerUnless(boolean ownersKnown, Map<PersonField, String> properties) {
        Map<PersonField, String> kept = new EnumMap<>(PersonField.class);
        kept.putAll(properties);
        if (!ownersKnown) {
            kept.remove(PersonField.OWNER_EMAIL);
        }
        return Map.copyOf(kept);
    }

    /** Property → value for every changed field mapped in HubSpot; {@code ""} clears a property. */
    public Map<String, String> properties(PersonWrite write) {
        Map<String, String> properties = new LinkedHashMap<>();
        write.changes().forEach((field, value) -> {
            String property = propertyByField.get(field);
            if (property == null) {
                return;
            }
            if (field == PersonField.OWNER_EMAIL && value != null && !value.isBlank()) {
                owners.flatMap(directory -> directory.idOf(value)).ifPresent(id -> properties.put(property, id));
            } else {
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
