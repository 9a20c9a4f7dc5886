package io.leadbridge.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void holdsOnlyFieldsWithANonBlankValue() {
        Map<PersonField, String> values = new HashMap<>();
        values.put(PersonField.EMAIL, "kim@acme.example");
        values.put(PersonField.FIRST_NAME, "");
        values.put(PersonField.LAST_NAME, "   ");
        values.put(PersonField.PHONE, null);

        Person person = Person.of(values);

        assertThat(person.values()).containsOnlyKeys(PersonField.EMAIL);
        assertThat(person.get(PersonField.FIRST_NAME)).isEmpty();
        assertThat(person.get(PersonField.PHONE)).isEmpty();
    }

    @Test
    void stripsSurroundingWhitespace() {
        Person person = Person.builder().with(PersonField.TITLE, "  VP Sales \n").build();

        assertThat(person.get(PersonField.TITLE)).contains("VP Sales");
    }

    @Test
    void matchesOnTheNormalisedEmail() {
        Person person = Person.builder().with(PersonField.EMAIL, " Kim.Lee@ACME.example ").build();

        assertThat(person.email()).contains("Kim.Lee@ACME.example");
        assertThat(person.normalisedEmail()).contains("kim.lee@acme.example");
    }

    @Test
    void isEqualToAnotherPersonWithTheSameValues() {
        Person a = Person.builder().with(PersonField.EMAIL, "kim@acme.example").with(PersonField.CITY, " ").build();
        Person b = Person.of(Map.of(PersonField.EMAIL, "kim@acme.example"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void toStringNamesTheFieldsButLeaksNoValue() {
        Person person = Person.builder()
                .with(PersonField.EMAIL, "kim.lee@acme.example")
                .with(PersonField.PHONE, "+1 555 0100")
                .build();

        assertThat(person.toString())
                .contains("EMAIL", "PHONE")
                .doesNotContain("kim.lee", "acme", "555", "0100");
    }

    @Test
    void valuesCannotBeChangedFromOutside() {
        Person person = Person.builder().with(PersonField.EMAIL, "kim@acme.example").build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> person.values().put(PersonField.CITY, "Oslo"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
