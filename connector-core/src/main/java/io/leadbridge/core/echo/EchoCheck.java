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
 * @param predating   field → why its value does not count: the change is a version of the record older than the
 *                    one Leadbridge's write produced, so a value other than ours there is what our write replaced
 *                    (or an intermediate step of it), not someone overwriting it; the memory of our write stays
 * @param overwritten fields Leadbridge wrote whose value someone has since changed; their memory is stale
 */
public record EchoCheck(Map<PersonField, String> echoes, Map<PersonField, String> predating,
                        Set<PersonField> overwritten) {

    public EchoCheck {
        echoes = copy(echoes);
        predating = copy(predating);
        overwritten = Set.copyOf(Objects.requireNonNull(overwritten, "overwritten"));
    }

    public boolean isEcho(PersonField field) {
        return echoes.containsKey(field);
    }

    /** Field → why it is not the record's own change: an echo of our write, or a value older than our write. */
    public Map<PersonField, String> notOwn() {
        Map<PersonField, String> notOwn = new EnumMap<>(PersonField.class);
        notOwn.putAll(predating);
        notOwn.putAll(echoes);
        return Collections.unmodifiableMap(notOwn);
    }

    private static Map<PersonField, String> copy(Map<PersonField, String> reasons) {
        return Collections.unmodifiableMap(reasons.isEmpty()
                ? new EnumMap<>(PersonField.class) : new EnumMap<>(reasons));
    }
}
