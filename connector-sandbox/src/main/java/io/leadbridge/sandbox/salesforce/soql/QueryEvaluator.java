package io.leadbridge.sandbox.salesforce.soql;

import io.leadbridge.sandbox.salesforce.soql.SoqlQuery.Condition;
import io.leadbridge.sandbox.salesforce.soql.SoqlQuery.FieldPath;
import io.leadbridge.sandbox.salesforce.store.FieldSchema;
import io.leadbridge.sandbox.salesforce.store.FieldType;
import io.leadbridge.sandbox.salesforce.store.ObjectSchema;
import io.leadbridge.sandbox.salesforce.store.Org;
import io.leadbridge.sandbox.salesforce.store.SalesforceIds;
import io.leadbridge.sandbox.salesforce.store.WireValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Runs a parsed query against the org: checks every field path against the schema ({@code INVALID_FIELD},
 * {@code INVALID_TYPE}), checks literals against field types, then filters, sorts, limits and projects.
 * Text compares case-insensitively, ids case-sensitively; {@code null} is only equal to {@code null}.
 */
public final class QueryEvaluator {

    private final Org org;

    public QueryEvaluator(Org org) {
        this.org = org;
    }

    /** The matching rows (none for {@code COUNT()}) and the total number of matches. */
    public record Result(List<QueryRow> rows, int size) {
    }

    public Result run(String soql, boolean includeDeleted) {
        SoqlQuery query = SoqlParser.parse(soql);
        SoqlErrors errors = SoqlParser.errorsFor(soql);
        ObjectSchema object = org.schema().find(query.object())
                .orElseThrow(() -> errors.invalidType(query.objectRow(), query.objectColumn(), query.object()));
        Resolver resolver = new Resolver(object, errors);
        List<Resolver.Resolved> selected = query.fields().stream().map(resolver::resolve).toList();
        Predicate<Map<String, String>> filter = query.where() == null ? row -> true
                : predicate(query.where(), resolver, errors);
        Comparator<Map<String, String>> order = ordering(query.orderBy(), resolver);
        List<Map<String, String>> matches = org.rows(object.name(), includeDeleted, narrowing(query.where(), resolver),
                filter, order, query.limit() == null ? Integer.MAX_VALUE : query.limit());
        if (query.count()) {
            return new Result(List.of(), matches.size());
        }
        List<QueryRow> rows = matches.stream().map(row -> project(object, row, selected)).toList();
        return new Result(rows, rows.size());
    }

    private Predicate<Map<String, String>> predicate(Condition condition, Resolver resolver, SoqlErrors errors) {
        if (condition instanceof SoqlQuery.And and) {
            return and.parts().stream().map(part -> predicate(part, resolver, errors))
                    .reduce(row -> true, Predicate::and);
        }
        if (condition instanceof SoqlQuery.Or or) {
            return or.parts().stream().map(part -> predicate(part, resolver, errors))
                    .reduce(row -> false, Predicate::or);
        }
        if (condition instanceof SoqlQuery.Not not) {
            return predicate(not.part(), resolver, errors).negate();
        }
        if (condition instanceof SoqlQuery.Comparison comparison) {
            return comparison(comparison, resolver.resolve(comparison.field()), errors);
        }
        if (condition instanceof SoqlQuery.In in) {
            return in(in, resolver.resolve(in.field()), errors);
        }
        SoqlQuery.Like like = (SoqlQuery.Like) condition;
        return like(like, resolver.resolve(like.field()), errors);
    }

    /**
     * The values a text field must equal, ignoring case, when the condition (or a part of a top-level {@code AND})
     * says so: {@code Email IN ('a@x', ...)} or {@code Email = 'a@x'} on a field of the queried object. Ids and
     * references compare by their 18-character form and {@code null} is in no index, so neither narrows.
     */
    private static Optional<Org.Narrowing> narrowing(Condition where, Resolver resolver) {
        List<Condition> parts = where instanceof SoqlQuery.And and ? and.parts()
                : where == null ? List.of() : List.of(where);
        Optional<Org.Narrowing> byValue = parts.stream().map(part -> part instanceof SoqlQuery.In in && !in.negated()
                        ? narrowing(resolver.resolve(in.field()), in.values())
                        : part instanceof SoqlQuery.Comparison comparison && comparison.operator().equals("=")
                        ? narrowing(resolver.resolve(comparison.field()), List.of(comparison.value()))
                        : Optional.<Org.Narrowing>empty())
                .flatMap(Optional::stream).findFirst();
        return byValue.or(() -> where == null ? Optional.empty()
                : since(where, resolver).map(Org.Narrowing.class::cast));
    }

    /**
     * The earliest time of a date-time field that every row the condition accepts holds, when it says so: a poll's
     * {@code SystemModstamp > t OR (SystemModstamp = t AND Id > 'x')} reads from {@code t}. A part of an {@code AND}
     * bounds it; an {@code OR} only when each of its parts bounds the same field.
     */
    private static Optional<Org.AtOrAfter> since(Condition condition, Resolver resolver) {
        if (condition instanceof SoqlQuery.Comparison comparison) {
            Resolver.Resolved field = resolver.resolve(comparison.field());
            boolean fromValue = List.of(">", ">=", "=").contains(comparison.operator())
                    && comparison.value() instanceof SoqlValue.DateTime;
            return fromValue && field.relationship() == null && field.schema().type() == FieldType.DATETIME
                    ? Optional.of(new Org.AtOrAfter(field.schema().name(),
                    ((SoqlValue.DateTime) comparison.value()).value()))
                    : Optional.empty();
        }
        if (condition instanceof SoqlQuery.And and) {
            return and.parts().stream().map(part -> since(part, resolver)).flatMap(Optional::stream).findFirst();
        }
        if (condition instanceof SoqlQuery.Or or) {
            List<Org.AtOrAfter> bounds = new ArrayList<>();
            for (Condition part : or.parts()) {
                Optional<Org.AtOrAfter> bound = since(part, resolver);
                if (bound.isEmpty()) {
                    return Optional.empty();
                }
                bounds.add(bound.get());
            }
            boolean oneField = bounds.stream().map(Org.AtOrAfter::field).distinct().count() == 1;
            return oneField ? bounds.stream().min(Comparator.comparing(Org.AtOrAfter::from)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Org.Narrowing> narrowing(Resolver.Resolved field, List<SoqlValue> values) {
        FieldType type = field.schema().type();
        boolean indexable = field.relationship() == null && type.isText() && type != FieldType.ID
                && type != FieldType.REFERENCE;
        if (!indexable || !values.stream().allMatch(SoqlValue.Text.class::isInstance)) {
            return Optional.empty();
        }
        return Optional.of(new Org.Equal(field.schema().name(),
                values.stream().map(value -> ((SoqlValue.Text) value).value()).toList()));
    }

    private Predicate<Map<String, String>> comparison(SoqlQuery.Comparison comparison, Resolver.Resolved field,
                                                      SoqlErrors errors) {
        checkType(field, comparison.value(), comparison.valueRow(), comparison.valueColumn(), errors);
        SoqlValue literal = comparison.value();
        String op = comparison.operator();
        return row -> {
            String stored = field.value(row);
            if (literal instanceof SoqlValue.Null || stored == null) {
                boolean bothNull = stored == null && literal instanceof SoqlValue.Null;
                return switch (op) {
                    case "=" -> bothNull;
                    case "!=" -> !bothNull;
                    default -> false;
                };
            }
            int compared = compare(field.schema().type(), stored, literal);
            return switch (op) {
                case "=" -> compared == 0;
                case "!=" -> compared != 0;
                case "<" -> compared < 0;
                case "<=" -> compared <= 0;
                case ">" -> compared > 0;
                default -> compared >= 0;
            };
        };
    }

    private Predicate<Map<String, String>> in(SoqlQuery.In in, Resolver.Resolved field, SoqlErrors errors) {
        in.values().forEach(value -> checkType(field, value, in.valueRow(), in.valueColumn(), errors));
        FieldType type = field.schema().type();
        if (in.values().stream().allMatch(value -> value instanceof SoqlValue.Text || value instanceof SoqlValue.Null)) {
            // looked up in a set ordered by compare()'s own equality: an IN of 200 emails over 100,000 Leads was 20
            // million comparisons per query
            Set<String> texts = new TreeSet<>(textOrder(type));
            in.values().stream().filter(SoqlValue.Text.class::isInstance)
                    .forEach(value -> texts.add(((SoqlValue.Text) value).value()));
            boolean withNull = in.values().stream().anyMatch(SoqlValue.Null.class::isInstance);
            return row -> {
                String stored = field.value(row);
                return in.negated() != (stored == null ? withNull : texts.contains(stored));
            };
        }
        return row -> {
            String stored = field.value(row);
            boolean found = in.values().stream().anyMatch(value -> value instanceof SoqlValue.Null
                    ? stored == null : stored != null && compare(type, stored, value) == 0);
            return in.negated() != found;
        };
    }

    private Predicate<Map<String, String>> like(SoqlQuery.Like like, Resolver.Resolved field, SoqlErrors errors) {
        if (!field.schema().type().isText()) {
            throw errors.invalidField(like.field().row(), like.field().column(), "invalid operator on field: "
                    + field.schema().name());
        }
        return row -> {
            String stored = field.value(row);
            return stored != null && like.pattern().pattern().matches(stored);
        };
    }

    private static void checkType(Resolver.Resolved field, SoqlValue value, int row, int column, SoqlErrors errors) {
        FieldType type = field.schema().type();
        boolean fits = value instanceof SoqlValue.Null
                || value instanceof SoqlValue.Text && type.isText()
                || value instanceof SoqlValue.Bool && type == FieldType.BOOLEAN
                || value instanceof SoqlValue.Number && type.isNumber()
                || value instanceof SoqlValue.DateTime && type == FieldType.DATETIME
                || value instanceof SoqlValue.Date && type == FieldType.DATE;
        if (!fits) {
            String expected = switch (type) {
                case DATETIME -> "dateTime";
                case DATE -> "date";
                case BOOLEAN -> "boolean";
                case INT, DOUBLE, CURRENCY -> "number";
                default -> "string";
            };
            throw errors.invalidField(row, column, "value of filter criterion for field '" + field.schema().name()
                    + "' must be of type " + expected + (value instanceof SoqlValue.Text
                    ? " and should not be enclosed in quotes" : ""));
        }
    }

    static int compare(FieldType type, String stored, SoqlValue literal) {
        if (literal instanceof SoqlValue.Text text) {
            return textOrder(type).compare(stored, text.value());
        }
        if (literal instanceof SoqlValue.Number number) {
            return new BigDecimal(stored).compareTo(number.value());
        }
        if (literal instanceof SoqlValue.DateTime dateTime) {
            return WireValues.parseDateTime(stored).orElseThrow().compareTo(dateTime.value());
        }
        if (literal instanceof SoqlValue.Date date) {
            return WireValues.parseDate(stored).orElseThrow().compareTo(date.value());
        }
        if (literal instanceof SoqlValue.Bool bool) {
            return Boolean.compare(Boolean.parseBoolean(stored), bool.value());
        }
        return 0;
    }

    /** Text literals: ids by their 18-character form (a 15-character id equals it), other text case-insensitively. */
    private static Comparator<String> textOrder(FieldType type) {
        return type == FieldType.ID || type == FieldType.REFERENCE
                ? Comparator.comparing((String id) -> SalesforceIds.normalise(id).orElse(id))
                : String.CASE_INSENSITIVE_ORDER;
    }

    private static Comparator<Map<String, String>> ordering(List<SoqlQuery.Ordering> orderBy, Resolver resolver) {
        Comparator<Map<String, String>> comparator = (a, b) -> 0;
        for (SoqlQuery.Ordering ordering : orderBy) {
            Resolver.Resolved field = resolver.resolve(ordering.field());
            Comparator<String> values = valueOrder(field.schema().type());
            if (ordering.descending()) {
                values = values.reversed();
            }
            values = ordering.nullsFirst() ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
            comparator = comparator.thenComparing(field::value, values);
        }
        return comparator;
    }

    private static Comparator<String> valueOrder(FieldType type) {
        return switch (type) {
            case ID, REFERENCE -> Comparator.naturalOrder();
            case INT, DOUBLE, CURRENCY -> Comparator.comparing(BigDecimal::new);
            case DATETIME -> Comparator.comparing(value -> WireValues.parseDateTime(value).orElseThrow());
            case BOOLEAN -> Comparator.comparing(Boolean::parseBoolean);
            default -> String.CASE_INSENSITIVE_ORDER;
        };
    }

    private QueryRow project(ObjectSchema object, Map<String, String> row, List<Resolver.Resolved> selected) {
        Map<String, QueryRow.Column> columns = new LinkedHashMap<>();
        Map<String, List<QueryRow.Value>> related = new LinkedHashMap<>();
        Map<String, String> relatedTypes = new LinkedHashMap<>();
        for (Resolver.Resolved field : selected) {
            if (field.relationship() == null) {
                columns.putIfAbsent(field.schema().name(), new QueryRow.Value(field.schema().name(), field.value(row)));
                continue;
            }
            String name = field.relationship().relationshipName();
            Optional<Map<String, String>> target = field.target(row);
            columns.putIfAbsent(name, null);
            related.computeIfAbsent(name, key -> new ArrayList<>());
            target.ifPresent(t -> {
                relatedTypes.put(name, org.schema().byKeyPrefix(t.get("Id")).map(ObjectSchema::name).orElse(null));
                related.get(name).add(new QueryRow.Value(field.schema().name(), t.get(field.schema().name())));
            });
        }
        List<QueryRow.Column> result = new ArrayList<>();
        columns.forEach((name, column) -> result.add(column != null ? column
                : new QueryRow.Related(name, relatedTypes.get(name), related.get(name))));
        return new QueryRow(object.name(), row.get("Id"), result);
    }

    /** Resolves field paths against the queried object and its one-level relationships. */
    private final class Resolver {

        private final ObjectSchema object;
        private final SoqlErrors errors;

        Resolver(ObjectSchema object, SoqlErrors errors) {
            this.object = object;
            this.errors = errors;
        }

        /** A resolved path: the field read, and the reference field followed when it is a relationship path. */
        final class Resolved {

            private final FieldSchema relationship;
            private final FieldSchema schema;

            Resolved(FieldSchema relationship, FieldSchema schema) {
                this.relationship = relationship;
                this.schema = schema;
            }

            FieldSchema schema() {
                return schema;
            }

            FieldSchema relationship() {
                return relationship;
            }

            Optional<Map<String, String>> target(Map<String, String> row) {
                String id = row.get(relationship.name());
                return id == null ? Optional.empty() : org.find(id);
            }

            String value(Map<String, String> row) {
                if (relationship == null) {
                    return row.get(schema.name());
                }
                return target(row).map(t -> t.get(schema.name())).orElse(null);
            }
        }

        Resolved resolve(FieldPath path) {
            if (!path.isRelationship()) {
                FieldSchema field = object.field(path.path()).orElseThrow(() -> noSuchColumn(path, path.path(),
                        object.name()));
                return new Resolved(null, field);
            }
            FieldSchema reference = object.fields().stream()
                    .filter(f -> path.relationship().equalsIgnoreCase(f.relationshipName())).findFirst()
                    .orElseThrow(() -> errors.invalidField(path.row(), path.column(), "Didn't understand relationship '"
                            + path.relationship() + "' in field path. If you are attempting to use a custom"
                            + " relationship, be sure to append the '__r' after the custom relationship name. Please"
                            + " reference your WSDL or the describe call for the appropriate names."));
            FieldSchema field = reference.referenceTo().stream().map(org.schema()::find).flatMap(Optional::stream)
                    .map(target -> target.field(path.field())).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> noSuchColumn(path, path.field(), reference.referenceTo().get(0)));
            return new Resolved(reference, field);
        }

        private RuntimeException noSuchColumn(FieldPath path, String field, String entity) {
            return errors.invalidField(path.row(), path.column(), "No such column '" + field + "' on entity '"
                    + entity + "'. If you are attempting to use a custom field, be sure to append the '__c' after the"
                    + " custom field name. Please reference your WSDL or the describe call for the appropriate names.");
        }
    }
}
