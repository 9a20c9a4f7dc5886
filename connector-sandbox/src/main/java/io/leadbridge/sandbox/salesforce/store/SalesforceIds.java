package io.leadbridge.sandbox.salesforce.store;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Deterministic 18-character record ids: a 3-character key prefix, a fixed instance part, a base-62 counter and
 * the 3-character case-safe suffix Salesforce computes from the capitalisation of the first 15 characters.
 */
public final class SalesforceIds {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final Pattern ID_15 = Pattern.compile("[a-zA-Z0-9]{15}");
    private static final Pattern ID_18 = Pattern.compile("[a-zA-Z0-9]{18}");
    private static final String INSTANCE = "5g000";
    private static final int COUNTER_DIGITS = 7;

    private final AtomicLong counter = new AtomicLong();

    /** The next id for an object with the given key prefix. */
    public String next(String keyPrefix) {
        long value = counter.incrementAndGet();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < COUNTER_DIGITS; i++) {
            digits.insert(0, BASE62.charAt((int) (value % 62)));
            value /= 62;
        }
        return withSuffix(keyPrefix + INSTANCE + digits);
    }

    /** The 18-character form of a 15- or 18-character id, or empty when {@code id} is not an id at all. */
    public static Optional<String> normalise(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String trimmed = id.trim();
        if (ID_18.matcher(trimmed).matches()) {
            return Optional.of(withSuffix(trimmed.substring(0, 15)));
        }
        if (ID_15.matcher(trimmed).matches()) {
            return Optional.of(withSuffix(trimmed));
        }
        return Optional.empty();
    }

    /** Appends the case-safe suffix to a 15-character id. */
    public static String withSuffix(String id15) {
        StringBuilder id = new StringBuilder(id15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    flags |= 1 << i;
                }
            }
            id.append(SUFFIX_ALPHABET.charAt(flags));
        }
        return id.toString();
    }
}
