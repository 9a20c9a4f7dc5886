package io.leadbridge.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure parse gave for a text. The emulators compare stored time stamps on every search and query
 * (HubSpot's {@code lastmodifieddate}, Salesforce's {@code SystemModstamp}), and with 100,000 records re-parsing each
 * one on every call, and again in every comparison of the sort, was most of a benchmark's emulator time. Bounded:
 * forgotten wholesale past {@code capacity} entries.
 *
 * @param <T> what the parse gives
 */
public final class ParseMemo<T> {

    private final Function<String, Optional<T>> parse;
    private final int capacity;
    private final Map<String, Optional<T>> parsed = new ConcurrentHashMap<>();

    public ParseMemo(Function<String, Optional<T>> parse, int capacity) {
        this.parse = parse;
        this.capacity = capacity;
    }

    public Optional<T> parse(String text) {
        Optional<T> known = parsed.get(text);
        if (known != null) {
            return known;
        }
        if (parsed.size() >= capacity) {
            parsed.clear();
        }
        Optional<T> fresh = parse.apply(text);
        parsed.put(text, fresh);
        return fresh;
    }
}
