package io.leadbridge.sandbox.salesforce.soql;

import java.util.List;

/**
 * A parsed SOQL statement: the selected field paths (or {@code COUNT()}), the object, the optional condition,
 * the ordering and the optional limit.
 */
public record SoqlQuery(List<FieldPath> fields, boolean count, String object, int objectRow, int objectColumn,
                        Condition where, List<Ordering> orderBy, Integer limit) {

    public SoqlQuery {
        fields = List.copyOf(fields);
        orderBy = List.copyOf(orderBy);
    }

    /** A field name or a one-level relationship path such as {@code Owner.Email}, where it stood in the text. */
    public record FieldPath(String path, int row, int column) {

        public boolean isRelationship() {
            return path.contains(".");
        }

        public String relationship() {
            return path.substring(0, path.indexOf('.'));
        }

        public String field() {
            return isRelationship() ? path.substring(path.indexOf('.') + 1) : path;
        }
    }

    /** One {@code ORDER BY} item. {@code nullsFirst} defaults to true ascending and false descending. */
    public record Ordering(FieldPath field, boolean descending, boolean nullsFirst) {
    }

    /** A {@code WHERE} condition. */
    public sealed interface Condition {
    }

    public record And(List<Condition> parts) implements Condition {
    }

    public record Or(List<Condition> parts) implements Condition {
    }

    public record Not(Condition part) implements Condition {
    }

    /** {@code field op value} with op one of {@code = != < <= > >=}. */
    public record Comparison(FieldPath field, String operator, SoqlValue value, int valueRow, int valueColumn)
            implements Condition {
    }

    public record In(FieldPath field, boolean negated, List<SoqlValue> values, int valueRow, int valueColumn)
            implements Condition {
    }

    public record Like(FieldPath field, SoqlValue.Text pattern) implements Condition {
    }
}
