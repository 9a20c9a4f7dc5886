package io.leadbridge.sandbox.salesforce.bulk;

/** A Bulk API failure: an {@code AsyncExceptionCode} name and message, answered as HTTP 400 {@code <error>}. */
final class BulkError extends RuntimeException {

    private final String code;

    BulkError(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
