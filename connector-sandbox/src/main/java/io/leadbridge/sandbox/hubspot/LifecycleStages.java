package io.leadbridge.sandbox.hubspot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * HubSpot's forward-only {@code lifecyclestage}: an API write that would move the stage back is silently not
 * applied (the documented way back is to clear the stage with {@code ""} and set it in a later request).
 */
final class LifecycleStages {

    static final String PROPERTY = "lifecyclestage";

    private LifecycleStages() {
    }

    /** The write without a backward stage move, when there is one. */
    static Map<String, String> dropBackwardMove(PropertyDefinition definition, Optional<String> current,
                                                Map<String, String> write) {
        String wanted = write.get(PROPERTY);
        if (wanted == null || wanted.isEmpty() || current.isEmpty()) {
            return write;
        }
        if (rank(definition, wanted) >= rank(definition, current.get())) {
            return write;
        }
        Map<String, String> kept = new LinkedHashMap<>(write);
        kept.remove(PROPERTY);
        return kept;
    }

    private static int rank(PropertyDefinition definition, String value) {
        return definition.options().stream().filter(o -> o.value().equals(value))
                .mapToInt(PropertyOption::displayOrder).findFirst().orElse(-1);
    }
}
