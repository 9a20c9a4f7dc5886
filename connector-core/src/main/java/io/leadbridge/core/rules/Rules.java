package io.leadbridge.core.rules;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A valid rules file, read: one policy object per section, found by its type.
 *
 * @param source   where the file came from (a resource description), for the admin API and messages
 * @param text     the file as written, so an admin can see exactly what is active
 * @param loadedAt when it was read
 */
public record Rules(String source, String text, Instant loadedAt, Map<String, Object> sections) {

    public Rules {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(loadedAt, "loadedAt");
        sections = Map.copyOf(sections);
    }

    /** The policy read from the section whose reader returns {@code type}. */
    public <T> T section(Class<T> type) {
        return sections.values().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rules section reads as " + type.getSimpleName()));
    }
}
