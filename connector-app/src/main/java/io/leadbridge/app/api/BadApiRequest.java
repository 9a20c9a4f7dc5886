package io.leadbridge.app.api;

/** A request the admin API refuses with 400, naming the field or parameter and the rule it breaks. */
class BadApiRequest extends RuntimeException {

    private final String field;

    BadApiRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
