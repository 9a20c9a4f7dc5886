package io.leadbridge.sandbox.salesforce.bulk;

import io.leadbridge.sandbox.salesforce.soql.QueryRow;
import java.util.List;

/**
 * Bulk query results as Salesforce writes them: a header of the selected paths ({@code Owner.Email} included),
 * every value double-quoted with quotes doubled, empty for null, lines ending in a newline.
 */
final class BulkCsv {

    private BulkCsv() {
    }

    static String write(List<String> header, List<QueryRow> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        for (QueryRow row : rows) {
            line(csv, header.stream().map(path -> value(row, path)).toList());
        }
        return csv.toString();
    }

    private static String value(QueryRow row, String path) {
        int dot = path.indexOf('.');
        for (QueryRow.Column column : row.columns()) {
            if (dot < 0 && column instanceof QueryRow.Value value && value.name().equalsIgnoreCase(path)) {
                return value.value();
            }
            if (dot >= 0 && column instanceof QueryRow.Related related
                    && related.name().equalsIgnoreCase(path.substring(0, dot))) {
                return related.values().stream().filter(v -> v.name().equalsIgnoreCase(path.substring(dot + 1)))
                        .map(QueryRow.Value::value).findFirst().orElse(null);
            }
        }
        return path.equalsIgnoreCase("Id") ? row.id() : null;
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String value = values.get(i);
            csv.append('"').append(value == null ? "" : value.replace("\"", "\"\"")).append('"');
        }
        csv.append('\n');
    }
}
