package io.leadbridge.core.company;

import io.leadbridge.core.model.Company;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The canonical fields of a company, as named in configuration by {@link #key()}. */
public enum CompanyField {
    NAME("name"),
    DOMAIN("domain"),
    INDUSTRY("industry"),
    EMPLOYEES("employees"),
    COUNTRY("country"),
    OWNER_EMAIL("ownerEmail");

    /** The name a company without one is given, as both CRMs require a name. */
    public static final String NO_NAME = "[not provided]";

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

    /** Every non-blank field of {@code company}. */
    public static Map<CompanyField, String> valuesOf(Company company) {
        Map<CompanyField, String> values = new EnumMap<>(CompanyField.class);
        for (CompanyField field : values()) {
            field.valueIn(company).filter(v -> !v.isBlank()).ifPresent(v -> values.put(field, v));
        }
        return values;
    }

    /**
     * The company with these values; a blank or missing name is {@code [not provided]}, an employee count that is
     * not a whole number is left out.
     */
    public static Company companyOf(Map<CompanyField, String> values) {
        Optional<String> employees = Optional.ofNullable(values.get(EMPLOYEES)).filter(v -> v.matches("\\d{1,9}"));
        return new Company(Optional.ofNullable(values.get(NAME)).filter(v -> !v.isBlank()).orElse(NO_NAME),
                text(values, DOMAIN), text(values, INDUSTRY), employees.map(Integer::valueOf), text(values, COUNTRY),
                text(values, OWNER_EMAIL));
    }

    private static Optional<String> text(Map<CompanyField, String> values, CompanyField field) {
        return Optional.ofNullable(values.get(field)).filter(v -> !v.isBlank());
    }

    /** This field's value in {@code company}, as text; empty when blank. */
    public Optional<String> valueIn(Company company) {
        return switch (this) {
            case NAME -> Optional.of(company.name());
            case DOMAIN -> company.domain();
            case INDUSTRY -> company.industry();
            case EMPLOYEES -> company.employees().map(String::valueOf);
            case COUNTRY -> company.country();
            case OWNER_EMAIL -> company.ownerEmail();
        };
    }
}
