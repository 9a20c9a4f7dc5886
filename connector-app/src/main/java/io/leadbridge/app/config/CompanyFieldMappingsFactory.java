package io.leadbridge.app.config;

import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyFieldMapping;
import io.leadbridge.core.company.CompanyFieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.InvalidConfigurationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns {@code connector.sync.company-fields} into validated {@link CompanyFieldMappings}, reporting every problem.
 * The Account poller reads fixed Account fields, so each canonical field may map only to the Account field it is
 * read from ({@link #ACCOUNT_FIELDS}); {@code domain} must be mapped in both CRMs, as companies are matched by it.
 */
public final class CompanyFieldMappingsFactory {

    static final String PATH = "connector.sync.company-fields";

    /** The Account field each canonical field is read from. */
    static final Map<CompanyField, String> ACCOUNT_FIELDS = Map.of(CompanyField.NAME, "Name",
            CompanyField.DOMAIN, "Website", CompanyField.INDUSTRY, "Industry",
            CompanyField.EMPLOYEES, "NumberOfEmployees", CompanyField.COUNTRY, "BillingCountry",
            CompanyField.OWNER_EMAIL, "OwnerId");

    private CompanyFieldMappingsFactory() {
    }

    public static CompanyFieldMappings from(List<ConnectorProperties.CompanyFieldEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new InvalidConfigurationException(List.of(PATH + ": no company fields are mapped"));
        }
        List<String> problems = new ArrayList<>();
        List<CompanyFieldMapping> mappings = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ConnectorProperties.CompanyFieldEntry entry = entries.get(i);
            String at = PATH + "[" + i + "]";
            Optional<CompanyField> field = Optional.ofNullable(entry.field()).flatMap(CompanyField::fromKey);
            Optional<FieldOwnership> ownership = Optional.ofNullable(entry.ownership()).flatMap(FieldOwnership::fromKey);
            if (field.isEmpty()) {
                problems.add(at + ".field: '" + entry.field() + "' is not a canonical company field; use one of "
                        + Arrays.stream(CompanyField.values()).map(CompanyField::key).collect(Collectors.joining(", ")));
            }
            if (ownership.isEmpty()) {
                problems.add(at + ".ownership: '" + entry.ownership() + "' is not an ownership rule; use one of "
                        + Arrays.stream(FieldOwnership.values()).map(FieldOwnership::key).collect(Collectors.joining(", ")));
            }
            field.ifPresent(f -> Optional.ofNullable(entry.salesforce()).filter(s -> !s.isBlank())
                    .filter(s -> !s.equals(ACCOUNT_FIELDS.get(f)))
                    .ifPresent(s -> problems.add(at + ".salesforce: " + f.key() + " is read from Account."
                            + ACCOUNT_FIELDS.get(f) + ", so it must be written there too, not to " + s)));
            if (field.isPresent() && ownership.isPresent()) {
                mappings.add(new CompanyFieldMapping(field.get(), Optional.ofNullable(entry.hubspot()),
                        Optional.ofNullable(entry.salesforce()), ownership.get()));
            }
        }
        boolean domainInBoth = mappings.stream().anyMatch(m -> m.field() == CompanyField.DOMAIN
                && m.hubspotProperty().isPresent() && m.salesforceField().isPresent());
        if (!domainInBoth) {
            problems.add(PATH + ": domain must be mapped in both CRMs; companies are matched by it");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return CompanyFieldMappings.validate(PATH, mappings);
    }
}
