package io.leadbridge.app.persistence;

import java.util.Collections;

/** Parameter markers for statements that carry many rows at once. */
final class SqlPlaceholders {

    private SqlPlaceholders() {
    }

    /** {@code rows} groups of {@code columns} markers for a multi-row {@code VALUES}: {@code (?, ?), (?, ?)}. */
    static String rows(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }
}
