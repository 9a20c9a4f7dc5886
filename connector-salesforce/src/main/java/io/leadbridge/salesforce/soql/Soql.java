package io.leadbridge.salesforce.soql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one place where values become SOQL text. Every value placed in a query goes through here, so that no
 * email, name or company can change a query's meaning.
 *
 * <ul>
 *   <li>{@link #text(String)}: a quoted string literal; backslash, quotes and control characters escaped
 *       with SOQL's escape sequences.</li>
 *   <li>{@link #likeText(String)}: the same, with the {@code LIKE} wildcards {@code %} and {@code _} escaped
 *       too, for a literal match inside a {@code LIKE} pattern.</li>
 *   <li>{@link #likePrefix(String)}: a {@code LIKE} pattern for "starts with", the prefix taken literally.</li>
 *   <li>{@link #id(String)}: a quoted record id, refused unless it is 15 or 18 letters and digits.</li>
 *   <li>{@link #dateTime(Instant)}: an unquoted UTC dateTime literal with milliseconds.</li>
 *   <li>{@link #name(String)}: an object or field API name, refused unless it is one.</li>
 * </ul>
 */
public final class Soql {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{15}([A-Za-z0-9]{3})?");
    private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Soql() {
    }

    /** {@code value} as a quoted SOQL string literal. */
    public static String text(String value) {
        return "'" + escape(value, false) + "'";
    }

    /** {@code value} as a quoted literal for {@code LIKE} that matches {@code value} literally. */
    public static String likeText(String value) {
        return "'" + escape(value, true) + "'";
    }

    /** A quoted {@code LIKE} pattern matching text that starts with {@code prefix}, taken literally. */
    public static String likePrefix(String prefix) {
        return "'" + escape(prefix, true) + "%'";
    }

    /** A quoted {@code LIKE} pattern matching text that contains {@code part}, taken literally. */
    public static String likeContains(String part) {
        return "'%" + escape(part, true) + "%'";
    }

    /** A quoted record id; anything but 15 or 18 letters and digits is refused. */
    public static String id(String value) {
        Objects.requireNonNull(value, "id");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Salesforce record id: '" + escape(value, false) + "'");
        }
        return "'" + value + "'";
    }

    /** An unquoted UTC dateTime literal such as {@code 2025-06-01T10:15:30.000Z}. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** An object or field API name (relationship paths such as {@code Owner.Email} included), checked. */
    public static String name(String apiName) {
        Objects.requireNonNull(apiName, "apiName");
        if (!API_NAME.matcher(apiName).matches()) {
            throw new IllegalArgumentException("not a Salesforce API name: '" + escape(apiName, false) + "'");
        }
        return apiName;
    }

    private static String escape(String value, boolean like) {
        Objects.requireNonNull(value, "value");
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '%' -> out.append(like ? "\\%" : "%");
                case '_' -> out.append(like ? "\\_" : "_");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
