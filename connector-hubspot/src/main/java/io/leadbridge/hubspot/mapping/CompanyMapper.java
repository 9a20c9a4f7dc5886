package io.leadbridge.hubspot.mapping;

import io.leadbridge.core.company.CompanyChange;
import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyFieldMapping;
import io.leadbridge.core.company.CompanyFieldMappings;
import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.hubspot.client.HubSpotObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HubSpot companies as canonical {@link Company} changes and back, through the company-field mapping. A company
 * without a name (HubSpot allows one) is named by its domain, else {@value CompanyField#NO_NAME}, as a Salesforce Account
 * needs a name; the domain is read as a domain ({@code www.} and any scheme or path dropped).
 */
public final class CompanyMapper {

    /** The object type in the {@link ExternalRef} of a HubSpot company. */
    public static final String OBJECT_TYPE = "company";
    public static final String LAST_MODIFIED = "hs_lastmodifieddate";

    private static final Logger log = LoggerFactory.getLogger(CompanyMapper.class);

    private final Map<CompanyField, String> propertyByField = new EnumMap<>(CompanyField.class);
    private final OwnerDirectory owners;

    /** @param owners HubSpot's owners: {@code ownerEmail} is read and written as {@code hubspot_owner_id} */
    public CompanyMapper(CompanyFieldMappings mappings, OwnerDirectory owners) {
        this.owners = Objects.requireNonNull(owners, "owners");
        for (CompanyFieldMapping mapping : mappings.all()) {
            mapping.hubspotProperty().ifPresent(property -> propertyByField.put(mapping.field(), property));
        }
    }

    /** The properties to read: every mapped one and the modification time. */
    public List<String> properties() {
        List<String> properties = new ArrayList<>(propertyByField.values());
        properties.add(LAST_MODIFIED);
        return properties;
    }

    /** The HubSpot property of {@code field}, when mapped. */
    public Optional<String> propertyOf(CompanyField field) {
        return Optional.ofNullable(propertyByField.get(field));
    }

    /** The change a search result stands for; empty for an archived company or one without a modification time. */
    public Optional<CompanyChange> toChange(HubSpotObject company) {
        if (company.archived() || company.id() == null) {
            return Optional.empty();
        }
        Optional<Instant> modifiedAt = HubSpotTimestamps.parse(company.properties().get(LAST_MODIFIED))
                .or(() -> Optional.ofNullable(company.updatedAt()));
        if (modifiedAt.isEmpty()) {
            log.warn("Skipping HubSpot company {}: it has neither {} nor updatedAt", company.id(), LAST_MODIFIED);
            return Optional.empty();
        }
        ExternalRef ref = new ExternalRef(CrmSystem.HUBSPOT, OBJECT_TYPE, company.id());
        return Optional.of(new CompanyChange(ref, modifiedAt.get(), toCompany(company),
                new Watermark(modifiedAt.get(), company.id())));
    }

    public Company toCompany(HubSpotObject company) {
        Optional<String> domain = value(company, CompanyField.DOMAIN).flatMap(CompanyDomains::fromWebsite);
        String name = value(company, CompanyField.NAME).or(() -> domain).orElse(CompanyField.NO_NAME);
        return new Company(name, domain, value(company, CompanyField.INDUSTRY),
                value(company, CompanyField.EMPLOYEES).flatMap(CompanyMapper::wholeNumber),
                value(company, CompanyField.COUNTRY), value(company, CompanyField.OWNER_EMAIL).flatMap(owners::emailOf));
    }

    /**
     * The properties of a write: each mapped field's value, {@code ""} to clear it; the owner as the id of the
     * HubSpot owner with that email (callers write only owners HubSpot has).
     */
    public Map<String, String> toProperties(Map<CompanyField, String> changes) {
        Map<String, String> properties = new LinkedHashMap<>();
        changes.forEach((field, value) -> propertyOf(field).ifPresent(p -> {
            if (field != CompanyField.OWNER_EMAIL || value.isBlank()) {
                properties.put(p, value);
            } else {
                owners.idOf(value).ifPresent(id -> properties.put(p, id));
            }
        }));
        return properties;
    }

    private Optional<String> value(HubSpotObject company, CompanyField field) {
        return propertyOf(field).map(p -> company.properties().get(p)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<Integer> wholeNumber(String text) {
        try {
            return Optional.of((int) Math.round(Double.parseDouble(text))).filter(n -> n >= 0);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
