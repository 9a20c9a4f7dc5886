package io.leadbridge.sandbox.salesforce.soql;

import java.util.List;

/** One result row: the record's type and id and the selected columns, in select-list order. */
public record QueryRow(String type, String id, List<Column> columns) {

    public QueryRow {
        columns = List.copyOf(columns);
    }

    /** A selected column: a plain field value, or the fields read through one relationship. */
    public sealed interface Column {
        String name();
    }

    /** A field value as wire text; {@code null} when the field is empty. */
    public record Value(String name, String value) implements Column {
    }

    /** A relationship's fields; {@code type} is {@code null} when the reference is empty. */
    public record Related(String name, String type, List<Value> values) implements Column {

        public Related {
            values = List.copyOf(values);
        }
    }
}
