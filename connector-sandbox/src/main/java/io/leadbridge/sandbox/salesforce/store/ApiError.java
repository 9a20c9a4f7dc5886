package io.leadbridge.sandbox.salesforce.store;

/**
 * A call-level failure the emulator answers with a SOAP fault (HTTP 500). {@code exceptionCode} is a partner
 * {@code ExceptionCode} name; {@code kind} picks the fault element; {@code row}/{@code column} locate a SOQL
 * problem (1-based, 0 when unknown).
 */
public final class ApiError extends RuntimeException {

    /** Which partner fault element carries the error. */
    public enum Kind { UNEXPECTED, INVALID_FIELD, MALFORMED_QUERY, INVALID_SOBJECT, INVALID_QUERY_LOCATOR, INVALID_ID }

    private final String exceptionCode;
    private final Kind kind;
    private final int row;
    private final int column;

    public ApiError(String exceptionCode, Kind kind, String message, int row, int column) {
        super(message);
        this.exceptionCode = exceptionCode;
        this.kind = kind;
        this.row = row;
        this.column = column;
    }

    public static ApiError unexpected(String exceptionCode, String message) {
        return new ApiError(exceptionCode, Kind.UNEXPECTED, message, 0, 0);
    }

    public static ApiError invalidType(String type) {
        return new ApiError("INVALID_TYPE", Kind.INVALID_SOBJECT, "sObject type '" + type + "' is not supported.",
                0, 0);
    }

    public String exceptionCode() {
        return exceptionCode;
    }

    public Kind kind() {
        return kind;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }
}
