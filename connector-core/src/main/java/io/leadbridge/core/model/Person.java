package io.leadbridge.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One human as one CRM shows them, in canonical fields. Only fields with a non-blank value are held:
 * an absent field means the CRM has no value for it.
 */
public final class Person {

    private final Map<PersonField, String> values;

    private Person(Map<PersonField, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Person of(Map<PersonField, String> values) {
        Objects.requireNonNull(values, "values");
        EnumMap<PersonField, String> copy = new EnumMap<>(PersonField.class);
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(Objects.requireNonNull(field, "field"), value.strip());
            }
        });
        return new Person(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> get(PersonField field) {
        return Optional.ofNullable(values.get(field));
    }

    public Optional<String> email() {
        return get(PersonField.EMAIL);
    }

    /** The email, lower-cased and trimmed, which is how people are matched across CRMs. */
    public Optional<String> normalisedEmail() {
        return email().map(EmailAddress::normalise);
    }

    public Map<PersonField, String> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Field names only: values carry personal data and stay out of logs. */
    @Override
    public String toString() {
        return "Person" + values.keySet();
    }

    public static final class Builder {
        private final EnumMap<PersonField, String> values = new EnumMap<>(PersonField.class);

        public Builder with(PersonField field, String value) {
            values.put(field, value);
            return this;
        }

        public Person build() {
            return Person.of(values);
        }
    }
}
