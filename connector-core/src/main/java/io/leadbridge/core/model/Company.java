package io.leadbridge.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An organisation people work for: a HubSpot company or a Salesforce Account.
 *
 * @param ownerEmail the email of the CRM user who owns the record, normalised; owners are matched across CRMs by it
 */
public record Company(String name, Optional<String> domain, Optional<String> industry,
                      Optional<Integer> employees, Optional<String> country, Optional<String> ownerEmail) {

    /** A company whose owner is not known or not needed. */
    public Company(String name, Optional<String> domain, Optional<String> industry, Optional<Integer> employees,
                   Optional<String> country) {
        this(name, domain, industry, employees, country, Optional.empty());
    }

    public Company {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        domain = Objects.requireNonNull(domain, "domain").map(EmailAddress::normalise);
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(country, "country");
        ownerEmail = Objects.requireNonNull(ownerEmail, "ownerEmail").filter(e -> !e.isBlank())
                .map(EmailAddress::normalise);
        employees.ifPresent(n -> {
            if (n < 0) {
                throw new IllegalArgumentException("employees must not be negative");
            }
        });
    }
}
