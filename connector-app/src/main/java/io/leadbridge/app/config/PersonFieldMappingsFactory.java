package io.leadbridge.app.config;

import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.sync.PersonFieldMapping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns {@code connector.sync.person-fields} into validated {@link FieldMappings}, reporting every problem. */
public final class PersonFieldMappingsFactory {

    static final String PATH = "connector.sync.person-fields";

    private PersonFieldMappingsFactory() {
    }

    public static FieldMappings from(List<ConnectorProperties.PersonFieldEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new InvalidConfigurationException(List.of(PATH + ": no person fields are mapped"));
        }
        List<String> problems = new ArrayList<>();
        List<PersonFieldMapping> mappings = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ConnectorProperties.PersonFieldEntry entry = entries.get(i);
            String at = PATH + "[" + i + "]";
            Optional<PersonField> field = Optional.ofNullable(entry.field()).flatMap(PersonField::fromKey);
            Optional<FieldOwnership> ownership = Optional.ofNullable(entry.ownership()).flatMap(FieldOwnership::fromKey);
            if (field.isEmpty()) {
                problems.add(at + ".field: '" + entry.field() + "' is not a canonical field; use one of "
                        + Arrays.stream(PersonField.values()).map(PersonField::key).collect(Collectors.joining(", ")));
            }
            if (ownership.isEmpty()) {
                problems.add(at + ".ownership: '" + entry.ownership() + "' is not an ownership rule; use one of "
                        + Arrays.stream(FieldOwnership.values()).map(FieldOwnership::key).collect(Collectors.joining(", ")));
            }
            if (field.isPresent() && ownership.isPresent()) {
                mappings.add(new PersonFieldMapping(field.get(), Optional.ofNullable(entry.hubspot()),
                        Optional.ofNullable(entry.salesforce()), ownership.get()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return FieldMappings.validate(PATH, mappings);
    }
}
