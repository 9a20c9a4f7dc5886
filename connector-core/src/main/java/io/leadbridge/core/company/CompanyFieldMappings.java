package io.leadbridge.core.company;

import io.leadbridge.core.sync.FieldMappingEntry;
import io.leadbridge.core.sync.InvalidConfigurationException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The company-field mapping table, built only through {@link #validate}, which reports every problem at once. */
public final class CompanyFieldMappings {

    private final Map<CompanyField, CompanyFieldMapping> byField;

    private CompanyFieldMappings(Map<CompanyField, CompanyFieldMapping> byField) {
        this.byField = byField;
    }

    /**
     * @param path where the table sits in the configuration, the prefix of each problem
     * @throws InvalidConfigurationException listing each problem as {@code path[i].key: message}
     */
    public static CompanyFieldMappings validate(String path, List<CompanyFieldMapping> mappings) {
        List<String> problems = FieldMappingEntry.problems(path, mappings);
        Map<CompanyField, CompanyFieldMapping> byField = new EnumMap<>(CompanyField.class);
        mappings.forEach(m -> byField.putIfAbsent(m.field(), m));
        CompanyFieldMapping name = byField.get(CompanyField.NAME);
        if (name == null || name.hubspotProperty().isEmpty() || name.salesforceField().isEmpty()) {
            problems.add(path + ": name must be mapped in both CRMs; a Salesforce Account cannot exist without one");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new CompanyFieldMappings(byField);
    }

    public List<CompanyFieldMapping> all() {
        return List.copyOf(byField.values());
    }

    public Optional<CompanyFieldMapping> forField(CompanyField field) {
        return Optional.ofNullable(byField.get(field));
    }
}
