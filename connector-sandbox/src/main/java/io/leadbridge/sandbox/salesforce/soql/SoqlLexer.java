package io.leadbridge.sandbox.salesforce.soql;

import io.leadbridge.sandbox.salesforce.store.WireValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a SOQL statement into tokens. String literals are unescaped with exactly SOQL's escape sequences
 * ({@code \' \" \\ \n \r \t \b \f}, upper or lower case, and {@code \_ \%}, which stay literal in a {@code LIKE}
 * pattern); any other backslash sequence, or an unterminated literal, is a {@code MALFORMED_QUERY}.
 */
final class SoqlLexer {

    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\dT])");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?(?![\\w.])");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern OPERATOR = Pattern.compile("<=|>=|!=|<>|=|<|>");

    private final String soql;
    private final SoqlErrors errors;
    private int pos;
    private int row = 1;
    private int lineStart;

    SoqlLexer(String soql, SoqlErrors errors) {
        this.soql = soql;
        this.errors = errors;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= soql.length()) {
                tokens.add(new Token(Token.Kind.END, "<EOF>", null, row, column()));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        char c = soql.charAt(pos);
        int column = column();
        switch (c) {
            case ',' -> {
                pos++;
                return new Token(Token.Kind.COMMA, ",", null, row, column);
            }
            case '(' -> {
                pos++;
                return new Token(Token.Kind.LPAREN, "(", null, row, column);
            }
            case ')' -> {
                pos++;
                return new Token(Token.Kind.RPAREN, ")", null, row, column);
            }
            case '\'' -> {
                return string(column);
            }
            default -> {
                return patterned(c, column);
            }
        }
    }

    private Token patterned(char c, int column) {
        Matcher dateTime = DATE_TIME.matcher(soql).region(pos, soql.length());
        if (Character.isDigit(c) && dateTime.lookingAt()) {
            pos = dateTime.end();
            return new Token(Token.Kind.DATETIME, dateTime.group(),
                    WireValues.parseDateTime(dateTime.group()).orElseThrow(() -> errors.malformed(row, column,
                            "invalid dateTime literal: " + dateTime.group())), row, column);
        }
        Matcher date = DATE.matcher(soql).region(pos, soql.length());
        if (Character.isDigit(c) && date.lookingAt()) {
            pos = date.end();
            try {
                return new Token(Token.Kind.DATE, date.group(), LocalDate.parse(date.group()), row, column);
            } catch (java.time.DateTimeException e) {
                throw errors.malformed(row, column, "invalid date literal: " + date.group());
            }
        }
        Matcher number = NUMBER.matcher(soql).region(pos, soql.length());
        if ((Character.isDigit(c) || c == '-' || c == '+') && number.lookingAt()) {
            pos = number.end();
            return new Token(Token.Kind.NUMBER, number.group(), new BigDecimal(number.group()), row, column);
        }
        Matcher ident = IDENT.matcher(soql).region(pos, soql.length());
        if (ident.lookingAt()) {
            pos = ident.end();
            return new Token(Token.Kind.IDENT, ident.group(), null, row, column);
        }
        Matcher operator = OPERATOR.matcher(soql).region(pos, soql.length());
        if (operator.lookingAt()) {
            pos = operator.end();
            String op = operator.group().equals("<>") ? "!=" : operator.group();
            return new Token(Token.Kind.OPERATOR, op, null, row, column);
        }
        throw errors.malformed(row, column, "unexpected token: '" + c + "'");
    }

    private Token string(int column) {
        int startRow = row;
        pos++;
        StringBuilder value = new StringBuilder();
        LikePattern like = new LikePattern();
        while (pos < soql.length()) {
            char c = soql.charAt(pos++);
            if (c == '\'') {
                return new Token(Token.Kind.STRING, value.toString(), new SoqlValue.Text(value.toString(), like),
                        startRow, column);
            }
            if (c == '\n') {
                row++;
                lineStart = pos;
            }
            if (c != '\\') {
                value.append(c);
                if (c == '%') {
                    like.anyRun();
                } else if (c == '_') {
                    like.anyOne();
                } else {
                    like.literal(c);
                }
                continue;
            }
            if (pos >= soql.length()) {
                break;
            }
            char escaped = unescape(soql.charAt(pos++), startRow, column);
            value.append(escaped);
            like.literal(escaped);
        }
        throw errors.malformed(startRow, column, "unterminated string literal");
    }

    private char unescape(char c, int startRow, int column) {
        return switch (c) {
            case '\'', '"', '\\', '_', '%' -> c;
            case 'n', 'N' -> '\n';
            case 'r', 'R' -> '\r';
            case 't', 'T' -> '\t';
            case 'b', 'B' -> '\b';
            case 'f', 'F' -> '\f';
            default -> throw errors.malformed(startRow, column, "Invalid string literal. Illegal character"
                    + " sequence '\\" + c + "' in string literal.");
        };
    }

    private void skipWhitespace() {
        while (pos < soql.length() && Character.isWhitespace(soql.charAt(pos))) {
            if (soql.charAt(pos) == '\n') {
                row++;
                lineStart = pos + 1;
            }
            pos++;
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }
}
