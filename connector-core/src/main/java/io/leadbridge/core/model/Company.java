package io.leadbridge.core.model;

import java.util.Objects;
import java.util.Optional;

/** An organisation people work for: a HubSpot company or a Salesforce Account. */
public record Company(String name, Optional<String> domain, Optional<String> industry,
                      Optional<Integer> employees, Optional<String> country) {

    public Company {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        domain = Objects.requireNonNull(domain, "domain").map(EmailAddress::normalise);
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(country, "country");
        employees.ifPresent(n -> {
            if (n < 0) {
                throw new IllegalArgumentException("employees must not be negative");
            }
        });
    }
}
