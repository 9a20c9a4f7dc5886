package io.leadbridge.app.persistence;

import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A person's canonical fields as a JSON object keyed by {@link PersonField#key()}; unknown keys are ignored. */
final class PersonFieldsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private PersonFieldsJson() {
    }

    static Map<String, String> toMap(Person person) {
        Map<String, String> fields = new LinkedHashMap<>();
        person.values().forEach((field, value) -> fields.put(field.key(), value));
        return fields;
    }

    static Person fromMap(Map<String, String> fields) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        fields.forEach((key, value) -> PersonField.fromKey(key).ifPresent(field -> values.put(field, value)));
        return Person.of(values);
    }

    static String encode(Person person) {
        return JSON.writeValueAsString(toMap(person));
    }

    static Person decode(String text) {
        return fromMap(JSON.readValue(text, FIELDS));
    }
}
