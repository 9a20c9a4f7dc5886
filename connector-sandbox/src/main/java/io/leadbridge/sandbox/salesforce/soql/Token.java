package io.leadbridge.sandbox.salesforce.soql;

/** One lexical token of a SOQL statement, with its 1-based row and column. */
record Token(Kind kind, String text, Object value, int row, int column) {

    enum Kind { IDENT, STRING, NUMBER, DATETIME, DATE, COMMA, LPAREN, RPAREN, OPERATOR, END }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
    }
}
