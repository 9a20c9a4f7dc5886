package io.leadbridge.core.echo;

import io.leadbridge.core.model.PersonField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link EchoSuppression} found in one incoming change.
 *
 * @param echoes      field → why it is an echo: the record holds exactly what Leadbridge last wrote there
 * @param overwritten fields Leadbridge wrote whose value someone has since changed; their memory is stale
 */
public record EchoCheck(Map<PersonField, String> echoes, Set<PersonField> overwritten) {

    public EchoCheck {
        echoes = Collections.unmodifiableMap(echoes.isEmpty()
                ? new EnumMap<>(PersonField.class) : new EnumMap<>(echoes));
        overwritten = Set.copyOf(Objects.requireNonNull(overwritten, "overwritten"));
    }

    public boolean isEcho(PersonField field) {
        return echoes.containsKey(field);
    }
}
