package io.leadbridge.core.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One value of the parsed rules file, with its path. Readers ask for what they expect; a value of the wrong shape
 * is reported to the {@link RuleReading} with its path and replaced by the default, so one reading finds every
 * problem of the file. A key that is absent reads as a missing node, which is not a problem unless the reader
 * calls a {@code required} method.
 */
public final class RuleNode {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d|w)");

    private final Object value;
    private final String path;
    private final String pattern;
    private final RuleReading reading;

    private RuleNode(Object value, String path, String pattern, RuleReading reading) {
        this.value = value;
        this.path = path;
        this.pattern = pattern;
        this.reading = reading;
    }

    /** The document's root, as returned by {@link RulesYaml#parse}. */
    public static RuleNode root(Object document, RuleReading reading) {
        return new RuleNode(document, "", "", reading);
    }

    public String path() {
        return path;
    }

    public RuleReading reading() {
        return reading;
    }

    public boolean isMissing() {
        return value == null;
    }

    /** Reports a problem at this node's path. */
    public void problem(String message) {
        reading.problem(path, message);
    }

    /**
     * Declares the keys a mapping may hold (for the documentation test, and so that a typo is reported as
     * {@code unknown key 'wieght' (allowed: ...)}); call it before reading the keys.
     */
    public RuleNode allowOnly(String... keys) {
        Set<String> allowed = new TreeSet<>(Arrays.asList(keys));
        allowed.forEach(key -> reading.declare(join(pattern, key)));
        if (value != null && asMap() != null) {
            for (String key : asMap().keySet()) {
                if (!allowed.contains(key)) {
                    reading.problem(join(path, key), "unknown key '" + key + "' (allowed here: "
                            + String.join(", ", allowed) + ")");
                }
            }
        }
        return this;
    }

    /** The value under {@code key}; a missing node when this is missing or has no such key. */
    public RuleNode get(String key) {
        Map<String, Object> map = value == null ? null : asMap();
        if (value != null && map == null) {
            problem("must be a mapping of keys to values");
        }
        return new RuleNode(map == null ? null : map.get(key), join(path, key), join(pattern, key), reading);
    }

    /** The keys of a mapping whose keys are names chosen by the admin (territories, cadences), in file order. */
    public Map<String, RuleNode> entries() {
        if (value == null) {
            return Map.of();
        }
        Map<String, Object> map = asMap();
        if (map == null) {
            problem("must be a mapping of names to values");
            return Map.of();
        }
        Map<String, RuleNode> entries = new LinkedHashMap<>();
        map.forEach((key, child) -> entries.put(key, new RuleNode(child, join(path, key), join(pattern, "*"), reading)));
        return entries;
    }

    /** The items of a list; a missing node reads as an empty list. */
    public List<RuleNode> items() {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem("must be a list");
            return List.of();
        }
        List<RuleNode> items = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            items.add(new RuleNode(list.get(i), path + "[" + i + "]", pattern + "[]", reading));
        }
        return items;
    }

    public Optional<String> text() {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problem("must be a single value, not a " + (value instanceof List<?> ? "list" : "mapping"));
            return Optional.empty();
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public String requiredText() {
        Optional<String> text = text();
        if (text.isEmpty() && !(value instanceof Map<?, ?> || value instanceof List<?>)) {
            problem("is required");
        }
        return text.orElse("");
    }

    public String text(String defaultValue) {
        return text().orElse(defaultValue);
    }

    /** Texts of a list of single values; a single value reads as a list of one. */
    public List<String> texts() {
        if (value != null && !(value instanceof List<?>)) {
            return text().map(List::of).orElse(List.of());
        }
        List<String> texts = new ArrayList<>();
        items().forEach(item -> item.text().ifPresent(texts::add));
        return texts;
    }

    public int integer(int defaultValue, int min, int max) {
        Optional<String> text = text();
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(text.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problem("must be a whole number from " + min + " to " + max + ", was \"" + text.get() + "\"");
        return defaultValue;
    }

    public double number(double defaultValue, double min, double max) {
        Optional<String> text = text();
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(text.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problem("must be a number from " + min + " to " + max + ", was \"" + text.get() + "\"");
        return defaultValue;
    }

    public boolean bool(boolean defaultValue) {
        Optional<String> text = text();
        if (text.isEmpty()) {
            return defaultValue;
        }
        return switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problem("must be true or false, was \"" + text.get() + "\"");
                yield defaultValue;
            }
        };
    }

    /**
     * A duration written as an admin would: {@code 30m}, {@code 4h}, {@code 2d}, {@code 1w}, {@code 45s}, or a
     * combination such as {@code 1h 30m}; ISO-8601 ({@code PT30M}) is accepted too.
     */
    public Duration duration(Duration defaultValue) {
        Optional<String> text = text();
        if (text.isEmpty()) {
            return defaultValue;
        }
        Optional<Duration> parsed = parseDuration(text.get());
        if (parsed.isEmpty() || parsed.get().isNegative()) {
            problem("must be a duration such as 30m, 4h, 2d or 1h 30m, was \"" + text.get() + "\"");
            return defaultValue;
        }
        return parsed.get();
    }

    /**
     * A calendar date written as {@code 2026-12-24}; YAML reads such a value as a timestamp at UTC midnight, which
     * is turned back into the date written.
     */
    public Optional<LocalDate> date() {
        if (value instanceof Date timestamp) {
            return Optional.of(timestamp.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        Optional<String> text = text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException notADate) {
            problem("must be a date such as 2026-12-24, was \"" + text.get() + "\"");
            return Optional.empty();
        }
    }

    /** One of the enum's constants, written in any case with {@code -} or {@code _}. */
    public <E extends Enum<E>> E oneOf(Class<E> type, E defaultValue) {
        Optional<String> text = text();
        if (text.isEmpty()) {
            return defaultValue;
        }
        String wanted = text.get().trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        problem("must be one of " + String.join(", ", allowed) + ", was \"" + text.get() + "\"");
        return defaultValue;
    }

    static Optional<Duration> parseDuration(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("p")) {
            try {
                return Optional.of(Duration.parse(trimmed.toUpperCase(Locale.ROOT)));
            } catch (RuntimeException notIso) {
                return Optional.empty();
            }
        }
        Matcher matcher = DURATION.matcher(trimmed);
        Duration total = Duration.ZERO;
        int end = 0;
        boolean any = false;
        while (matcher.find()) {
            if (!trimmed.substring(end, matcher.start()).isBlank()) {
                return Optional.empty();
            }
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofDays(7 * amount);
            });
            end = matcher.end();
            any = true;
        }
        return any && trimmed.substring(end).isBlank() ? Optional.of(total) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMap() {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
