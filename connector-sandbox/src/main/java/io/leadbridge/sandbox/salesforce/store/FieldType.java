package io.leadbridge.sandbox.salesforce.store;

/** The field types the emulated objects use, named as Salesforce's describe names them. */
public enum FieldType {
    ID, STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST, BOOLEAN, DATETIME, DATE, DOUBLE, INT, CURRENCY, REFERENCE;

    /** Whether values of this type are text and compare case-insensitively in SOQL. */
    public boolean isText() {
        return switch (this) {
            case STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST, ID, REFERENCE -> true;
            default -> false;
        };
    }

    public boolean isNumber() {
        return this == DOUBLE || this == INT || this == CURRENCY;
    }
}
