package io.leadbridge.core.company;

import io.leadbridge.core.model.Company;
import java.util.Arrays;
import java.util.Optional;

/** The canonical fields of a company, as named in configuration by {@link #key()}. */
public enum CompanyField {
    NAME("name"),
    DOMAIN("domain"),
    INDUSTRY("industry"),
    EMPLOYEES("employees"),
    COUNTRY("country");

    private final String key;

    CompanyField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<CompanyField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** This field's value in {@code company}, as text; empty when blank. */
    public Optional<String> valueIn(Company company) {
        return switch (this) {
            case NAME -> Optional.of(company.name());
            case DOMAIN -> company.domain();
            case INDUSTRY -> company.industry();
            case EMPLOYEES -> company.employees().map(String::valueOf);
            case COUNTRY -> company.country();
        };
    }
}
