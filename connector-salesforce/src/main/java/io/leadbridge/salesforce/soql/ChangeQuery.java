package io.leadbridge.salesforce.soql;

import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The incremental read of one object: records changed after a {@link Watermark}, in watermark order.
 *
 * <pre>SELECT Id, SystemModstamp, ... FROM Lead
 * WHERE (SystemModstamp &gt; t OR (SystemModstamp = t AND Id &gt; 'id')) ORDER BY SystemModstamp, Id LIMIT n</pre>
 *
 * <p>The time literal carries milliseconds, like the watermark; from {@link Watermark#BEGINNING} (no id yet) the
 * condition is {@code SystemModstamp >= t}. {@link #deletedOnly()} adds {@code IsDeleted = true}, for
 * {@code queryAll} over the recycle bin.
 */
public final class ChangeQuery {

    public static final String ID = "Id";
    public static final String SYSTEM_MODSTAMP = "SystemModstamp";

    private final String object;
    private final Set<String> fields = new LinkedHashSet<>();
    private final Watermark after;
    private final int limit;
    private final boolean deletedOnly;

    private ChangeQuery(String object, List<String> fields, Watermark after, int limit, boolean deletedOnly) {
        this.object = Soql.name(object);
        this.fields.add(ID);
        this.fields.add(SYSTEM_MODSTAMP);
        fields.forEach(field -> this.fields.add(Soql.name(field)));
        this.after = Objects.requireNonNull(after, "after");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        this.limit = limit;
        this.deletedOnly = deletedOnly;
    }

    /** Records of {@code object} changed after {@code after}, with {@code fields} besides Id and SystemModstamp. */
    public static ChangeQuery of(String object, List<String> fields, Watermark after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return new ChangeQuery(object, fields, after, limit, false);
    }

    /** Every record changed after {@code after}, without a LIMIT: for a Bulk API query. */
    public static ChangeQuery all(String object, List<String> fields, Watermark after) {
        return new ChangeQuery(object, fields, after, 0, false);
    }

    /** The current version of the records with these ids, with {@code fields} besides Id and SystemModstamp. */
    public static String byIds(String object, List<String> fields, List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("ids must not be empty");
        }
        Set<String> selected = new LinkedHashSet<>(List.of(ID, SYSTEM_MODSTAMP));
        fields.forEach(field -> selected.add(Soql.name(field)));
        return "SELECT " + String.join(", ", selected) + " FROM " + Soql.name(object) + " WHERE " + ID + " IN ("
                + ids.stream().map(Soql::id).collect(Collectors.joining(", ")) + ") ORDER BY " + ID;
    }

    /** The same read restricted to deleted records (run it with {@code queryAll}). */
    public ChangeQuery deletedOnly() {
        return new ChangeQuery(object, List.copyOf(fields), after, limit, true);
    }

    public String toSoql() {
        Instant at = after.modifiedAt();
        String position = after.recordId().isEmpty()
                ? SYSTEM_MODSTAMP + " >= " + Soql.dateTime(at)
                : "(" + SYSTEM_MODSTAMP + " > " + Soql.dateTime(at) + " OR (" + SYSTEM_MODSTAMP + " = "
                        + Soql.dateTime(at) + " AND " + ID + " > " + Soql.id(after.recordId()) + "))";
        return "SELECT " + String.join(", ", fields) + " FROM " + object
                + " WHERE " + (deletedOnly ? "IsDeleted = true AND " : "") + position
                + " ORDER BY " + SYSTEM_MODSTAMP + ", " + ID + (limit == 0 ? "" : " LIMIT " + limit);
    }

    @Override
    public String toString() {
        return toSoql();
    }
}
