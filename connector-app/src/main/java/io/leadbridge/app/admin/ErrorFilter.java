package io.leadbridge.app.admin;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.SyncError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Narrows the open errors: by the system the change came from, by failure kind ({@code Permanent},
 * {@code Retriable}, {@code RateLimited}, {@code Conflict}), and by text in the record id, code or message. Blank
 * parts match everything.
 */
public record ErrorFilter(Optional<String> system, Optional<String> kind, Optional<String> text) {

    /** The failure kinds a filter accepts: the simple names of {@link SyncFailure}'s cases. */
    public static final List<String> KINDS = Arrays.stream(SyncFailure.class.getPermittedSubclasses())
            .map(Class::getSimpleName).toList();

    /** @throws IllegalArgumentException naming the parameter when {@code system} or {@code kind} is unknown */
    public static ErrorFilter of(String system, String kind, String text) {
        Optional<String> systemName = present(system);
        Optional<String> kindName = present(kind);
        List<String> systems = Arrays.stream(CrmSystem.values()).map(CrmSystem::name).toList();
        if (systemName.isPresent() && systems.stream().noneMatch(systemName.get()::equalsIgnoreCase)) {
            throw new IllegalArgumentException("system must be one of " + systems + ", was '" + systemName.get() + "'");
        }
        if (kindName.isPresent() && KINDS.stream().noneMatch(kindName.get()::equalsIgnoreCase)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS + ", was '" + kindName.get() + "'");
        }
        return new ErrorFilter(systemName, kindName, present(text));
    }

    public boolean matches(SyncError error) {
        return system.map(s -> error.event().ref().system().name().equalsIgnoreCase(s)).orElse(true)
                && kind.map(k -> error.failure().getClass().getSimpleName().equalsIgnoreCase(k)).orElse(true)
                && text.map(t -> contains(error.event().ref().id(), t) || contains(error.failure().code(), t)
                        || contains(error.failure().message(), t)).orElse(true);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
