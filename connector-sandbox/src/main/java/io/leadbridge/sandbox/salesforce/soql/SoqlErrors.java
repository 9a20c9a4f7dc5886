package io.leadbridge.sandbox.salesforce.soql;

import io.leadbridge.sandbox.salesforce.store.ApiError;

/**
 * Builds query faults worded as Salesforce words them: the offending line of the statement, a caret under the
 * column, {@code ERROR at Row:r:Column:c} and the reason.
 */
final class SoqlErrors {

    private final String soql;

    SoqlErrors(String soql) {
        this.soql = soql;
    }

    ApiError malformed(int row, int column, String reason) {
        return new ApiError("MALFORMED_QUERY", ApiError.Kind.MALFORMED_QUERY, located(row, column, reason), row,
                column);
    }

    ApiError invalidField(int row, int column, String reason) {
        return new ApiError("INVALID_FIELD", ApiError.Kind.INVALID_FIELD, located(row, column, reason), row, column);
    }

    ApiError invalidType(int row, int column, String object) {
        return new ApiError("INVALID_TYPE", ApiError.Kind.INVALID_SOBJECT, located(row, column, "sObject type '"
                + object + "' is not supported. If you are attempting to use a custom object, be sure to append the"
                + " '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate"
                + " names."), row, column);
    }

    private String located(int row, int column, String reason) {
        String[] lines = soql.split("\n", -1);
        String line = row >= 1 && row <= lines.length ? lines[row - 1] : soql;
        return "\n" + line + "\n" + " ".repeat(Math.max(0, column - 1)) + "^\nERROR at Row:" + row + ":Column:"
                + column + "\n" + reason;
    }
}
