package io.leadbridge.sandbox.salesforce.soql;

import io.leadbridge.sandbox.salesforce.soql.SoqlQuery.Condition;
import io.leadbridge.sandbox.salesforce.soql.SoqlQuery.FieldPath;
import io.leadbridge.sandbox.salesforce.store.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the SOQL subset the emulator answers:
 * <pre>
 * SELECT field, Rel.field, ... | COUNT() FROM Object
 *   [WHERE condition] [ORDER BY field [ASC|DESC] [NULLS FIRST|LAST], ...] [LIMIT n]
 * condition := term (AND term)* | term (OR term)*     -- AND and OR are not mixed without parentheses, as in SOQL
 * term      := NOT term | ( condition ) | field op literal | field [NOT] IN (literal, ...) | field LIKE 'pattern'
 * </pre>
 * Anything else is a {@code MALFORMED_QUERY} fault naming the row and column.
 */
public final class SoqlParser {

    private static final Set<String> RESERVED = Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "LIKE",
            "ORDER", "BY", "LIMIT", "ASC", "DESC", "NULLS", "NULL", "TRUE", "FALSE", "GROUP", "HAVING", "OFFSET");

    private final SoqlErrors errors;
    private final List<Token> tokens;
    private int index;

    private SoqlParser(String soql) {
        this.errors = new SoqlErrors(soql);
        this.tokens = new SoqlLexer(soql, errors).tokens();
    }

    /**
     * Parses {@code soql}.
     *
     * @throws ApiError {@code MALFORMED_QUERY} when the statement is not in the subset
     */
    public static SoqlQuery parse(String soql) {
        return new SoqlParser(soql == null ? "" : soql).query();
    }

    static SoqlErrors errorsFor(String soql) {
        return new SoqlErrors(soql);
    }

    private SoqlQuery query() {
        keyword("SELECT");
        List<FieldPath> fields = new ArrayList<>();
        boolean count = false;
        if (peek().isKeyword("COUNT") && tokens.get(index + 1).is(Token.Kind.LPAREN)) {
            index += 2;
            expect(Token.Kind.RPAREN);
            count = true;
        } else {
            fields.add(fieldPath());
            while (peek().is(Token.Kind.COMMA)) {
                index++;
                fields.add(fieldPath());
            }
        }
        keyword("FROM");
        Token object = expect(Token.Kind.IDENT);
        if (RESERVED.contains(object.text().toUpperCase(Locale.ROOT)) || object.text().contains(".")) {
            throw unexpected(object);
        }
        Condition where = null;
        if (peek().isKeyword("WHERE")) {
            index++;
            where = condition();
        }
        List<SoqlQuery.Ordering> orderBy = new ArrayList<>();
        if (peek().isKeyword("ORDER")) {
            index++;
            keyword("BY");
            orderBy.add(ordering());
            while (peek().is(Token.Kind.COMMA)) {
                index++;
                orderBy.add(ordering());
            }
        }
        Integer limit = null;
        if (peek().isKeyword("LIMIT")) {
            index++;
            Token number = expect(Token.Kind.NUMBER);
            if (!number.text().matches("\\d+")) {
                throw errors.malformed(number.row(), number.column(), "LIMIT must be a non-negative integer, found '"
                        + number.text() + "'");
            }
            limit = Integer.valueOf(number.text());
        }
        if (!peek().is(Token.Kind.END)) {
            throw unexpected(peek());
        }
        return new SoqlQuery(fields, count, object.text(), object.row(), object.column(), where, orderBy, limit);
    }

    private Condition condition() {
        Condition first = term();
        if (peek().isKeyword("AND") || peek().isKeyword("OR")) {
            String joiner = peek().text().toUpperCase(Locale.ROOT);
            List<Condition> parts = new ArrayList<>(List.of(first));
            while (peek().isKeyword("AND") || peek().isKeyword("OR")) {
                Token op = next();
                if (!op.text().equalsIgnoreCase(joiner)) {
                    throw errors.malformed(op.row(), op.column(), "unexpected token: '" + op.text() + "' (use"
                            + " parentheses when mixing AND and OR)");
                }
                parts.add(term());
            }
            return joiner.equals("AND") ? new SoqlQuery.And(parts) : new SoqlQuery.Or(parts);
        }
        return first;
    }

    private Condition term() {
        if (peek().isKeyword("NOT")) {
            index++;
            return new SoqlQuery.Not(term());
        }
        if (peek().is(Token.Kind.LPAREN)) {
            index++;
            Condition inner = condition();
            expect(Token.Kind.RPAREN);
            return inner;
        }
        FieldPath field = fieldPath();
        Token op = next();
        if (op.is(Token.Kind.OPERATOR)) {
            Token valueToken = peek();
            return new SoqlQuery.Comparison(field, op.text(), value(), valueToken.row(), valueToken.column());
        }
        if (op.isKeyword("LIKE")) {
            Token pattern = expect(Token.Kind.STRING);
            return new SoqlQuery.Like(field, (SoqlValue.Text) pattern.value());
        }
        boolean negated = false;
        if (op.isKeyword("NOT") && peek().isKeyword("IN")) {
            negated = true;
            op = next();
        }
        if (op.isKeyword("IN")) {
            Token open = expect(Token.Kind.LPAREN);
            List<SoqlValue> values = new ArrayList<>(List.of(value()));
            while (peek().is(Token.Kind.COMMA)) {
                index++;
                values.add(value());
            }
            expect(Token.Kind.RPAREN);
            return new SoqlQuery.In(field, negated, values, open.row(), open.column() + 1);
        }
        throw unexpected(op);
    }

    private SoqlValue value() {
        Token token = next();
        return switch (token.kind()) {
            case STRING -> (SoqlValue) token.value();
            case NUMBER -> new SoqlValue.Number((java.math.BigDecimal) token.value());
            case DATETIME -> new SoqlValue.DateTime((java.time.Instant) token.value());
            case DATE -> new SoqlValue.Date((java.time.LocalDate) token.value());
            case IDENT -> keywordValue(token);
            default -> throw unexpected(token);
        };
    }

    private SoqlValue keywordValue(Token token) {
        return switch (token.text().toLowerCase(Locale.ROOT)) {
            case "null" -> new SoqlValue.Null();
            case "true" -> new SoqlValue.Bool(true);
            case "false" -> new SoqlValue.Bool(false);
            default -> throw unexpected(token);
        };
    }

    private SoqlQuery.Ordering ordering() {
        FieldPath field = fieldPath();
        boolean descending = false;
        if (peek().isKeyword("ASC") || peek().isKeyword("DESC")) {
            descending = next().isKeyword("DESC");
        }
        boolean nullsFirst = !descending;
        if (peek().isKeyword("NULLS")) {
            index++;
            Token which = next();
            if (!which.isKeyword("FIRST") && !which.isKeyword("LAST")) {
                throw unexpected(which);
            }
            nullsFirst = which.isKeyword("FIRST");
        }
        return new SoqlQuery.Ordering(field, descending, nullsFirst);
    }

    private FieldPath fieldPath() {
        Token token = expect(Token.Kind.IDENT);
        if (RESERVED.contains(token.text().toUpperCase(Locale.ROOT))) {
            throw unexpected(token);
        }
        if (token.text().chars().filter(c -> c == '.').count() > 1) {
            throw errors.invalidField(token.row(), token.column(), "Only one level of relationship is supported by"
                    + " this emulator: '" + token.text() + "'");
        }
        return new FieldPath(token.text(), token.row(), token.column());
    }

    private void keyword(String keyword) {
        Token token = next();
        if (!token.isKeyword(keyword)) {
            throw unexpected(token);
        }
    }

    private Token expect(Token.Kind kind) {
        Token token = next();
        if (!token.is(kind)) {
            throw unexpected(token);
        }
        return token;
    }

    private Token next() {
        Token token = tokens.get(index);
        if (!token.is(Token.Kind.END)) {
            index++;
        }
        return token;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private ApiError unexpected(Token token) {
        return errors.malformed(token.row(), token.column(), "unexpected token: '" + token.text() + "'");
    }
}
