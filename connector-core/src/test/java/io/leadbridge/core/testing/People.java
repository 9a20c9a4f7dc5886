package io.leadbridge.core.testing;

import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds people for tests: {@code People.aPerson().withEmail("kim@acme.example").build()}. {@link #aPerson()}
 * starts from a complete, plausible person, so a test states only what matters to it; {@link #nobody()} starts
 * empty.
 */
public final class People {

    private People() {
    }

    /** Ada Lovelace, Head of Research at Analytical Engines, with email, phone and title. */
    public static PersonBuilder aPerson() {
        return new PersonBuilder()
                .withEmail("ada.lovelace@analytical-engines.example")
                .withFirstName("Ada")
                .withLastName("Lovelace")
                .withPhone("+44 20 7946 0018")
                .withTitle("Head of Research")
                .withCompany("Analytical Engines");
    }

    /** A person with no fields at all. */
    public static PersonBuilder nobody() {
        return new PersonBuilder();
    }

    public static final class PersonBuilder {
        private final Map<PersonField, String> values = new EnumMap<>(PersonField.class);

        private PersonBuilder() {
        }

        public PersonBuilder with(PersonField field, String value) {
            values.put(field, value);
            return this;
        }

        /** Leaves the field out, as a CRM with no value for it would. */
        public PersonBuilder without(PersonField field) {
            values.remove(field);
            return this;
        }

        public PersonBuilder withEmail(String email) {
            return with(PersonField.EMAIL, email);
        }

        public PersonBuilder withFirstName(String firstName) {
            return with(PersonField.FIRST_NAME, firstName);
        }

        public PersonBuilder withLastName(String lastName) {
            return with(PersonField.LAST_NAME, lastName);
        }

        public PersonBuilder withPhone(String phone) {
            return with(PersonField.PHONE, phone);
        }

        public PersonBuilder withTitle(String title) {
            return with(PersonField.TITLE, title);
        }

        public PersonBuilder withCompany(String company) {
            return with(PersonField.COMPANY, company);
        }

        public Person build() {
            Map<PersonField, String> nonNull = new EnumMap<>(PersonField.class);
            values.forEach((field, value) -> {
                if (value != null) {
                    nonNull.put(field, value);
                }
            });
            return Person.of(nonNull);
        }
    }
}
