package io.leadbridge.salesforce;

import java.util.List;
import java.util.Objects;

/**
 * One field of an sObject as the org describes it.
 *
 * @param picklistValues the active picklist values (API values, not labels); empty for other types
 */
public record FieldSchema(String name, String type, boolean externalId, boolean createable, boolean updateable,
                          List<String> picklistValues) {

    public FieldSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        picklistValues = List.copyOf(picklistValues);
    }
}
