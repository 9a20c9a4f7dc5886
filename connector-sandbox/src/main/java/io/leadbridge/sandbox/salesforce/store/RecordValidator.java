package io.leadbridge.sandbox.salesforce.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks one record write against its object's schema and turns the sent values into the stored wire text.
 * Reports every problem with the status codes and messages Salesforce uses: unknown fields ({@code INVALID_FIELD}),
 * read-only fields ({@code INVALID_FIELD_FOR_INSERT_UPDATE}), wrong types, bad e-mails, too-long text,
 * restricted picklists, bad references and missing required fields.
 */
final class RecordValidator {

    /** Whether the write inserts a new record or changes an existing one. */
    enum Mode { CREATE, UPDATE }

    /** The normalised changes to apply, or the errors that stop the write. */
    record Result(Map<String, String> changes, List<RecordError> errors) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private final Function<String, Optional<StoredRecord>> lookup;
    private final StandardObjects objects;

    RecordValidator(Function<String, Optional<StoredRecord>> lookup, StandardObjects objects) {
        this.lookup = lookup;
        this.objects = objects;
    }

    Result validate(ObjectSchema schema, RecordInput input, Mode mode, StoredRecord existing) {
        List<RecordError> errors = new ArrayList<>();
        Map<String, String> changes = new LinkedHashMap<>();
        List<String> readOnly = new ArrayList<>();
        input.values().forEach((name, value) -> {
            if (name.equalsIgnoreCase("Id")) {
                return;
            }
            Optional<FieldSchema> field = schema.field(name);
            if (field.isEmpty()) {
                errors.add(RecordError.of("INVALID_FIELD", "No such column '" + name + "' on sobject of type "
                        + schema.name(), name));
            } else if (mode == Mode.CREATE ? !field.get().createable() : !field.get().updateable()) {
                readOnly.add(field.get().name());
            } else {
                normalise(schema, field.get(), value, errors).ifPresentOrElse(
                        text -> changes.put(field.get().name(), text), () -> changes.put(field.get().name(), null));
            }
        });
        for (String name : input.fieldsToNull()) {
            Optional<FieldSchema> field = schema.field(name);
            if (field.isEmpty()) {
                errors.add(RecordError.of("INVALID_FIELD", "No such column '" + name + "' on sobject of type "
                        + schema.name(), name));
            } else if (!field.get().updateable() && !(mode == Mode.CREATE && field.get().createable())) {
                readOnly.add(field.get().name());
            } else {
                changes.put(field.get().name(), null);
            }
        }
        if (!readOnly.isEmpty()) {
            errors.add(new RecordError("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to " + (mode == Mode.CREATE
                    ? "create" : "update") + " fields: " + String.join(", ", readOnly) + ". Please check the security"
                    + " settings of this field and verify that it is read/write for your profile or permission set.",
                    readOnly));
        }
        List<String> missing = new ArrayList<>();
        for (FieldSchema field : schema.fields()) {
            boolean nulled = changes.containsKey(field.name()) && changes.get(field.name()) == null;
            boolean absent = mode == Mode.CREATE ? !changes.containsKey(field.name()) || nulled : nulled;
            boolean mustHaveValue = mode == Mode.CREATE ? field.requiredOnCreate()
                    : field.createable() && !field.nillable() && field.type() != FieldType.BOOLEAN;
            if (mustHaveValue && absent && (mode == Mode.CREATE || existing != null)) {
                missing.add(field.name());
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new RecordError("REQUIRED_FIELD_MISSING", "Required fields are missing: " + missing, missing));
        }
        return new Result(changes, errors);
    }

    private Optional<String> normalise(ObjectSchema object, FieldSchema field, String value,
                                       List<RecordError> errors) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        String label = field.label();
        switch (field.type()) {
            case BOOLEAN -> {
                return typed(field, value, errors, WireValues.parseBoolean(value).map(String::valueOf));
            }
            case DATETIME -> {
                return typed(field, value, errors, WireValues.parseDateTime(value).map(WireValues::dateTime));
            }
            case DATE -> {
                return typed(field, value, errors, WireValues.parseDate(value).map(Object::toString));
            }
            case INT -> {
                return typed(field, value, errors, Optional.of(value.trim()).filter(v -> INTEGER.matcher(v).matches()));
            }
            case DOUBLE, CURRENCY -> {
                return typed(field, value, errors, Optional.of(value.trim()).filter(v -> NUMBER.matcher(v).matches()));
            }
            case REFERENCE, ID -> {
                return reference(field, value, errors);
            }
            case PICKLIST -> {
                Optional<String> known = field.picklistValues().stream().filter(v -> v.equalsIgnoreCase(value))
                        .filter(v -> objects.isActive(object, field, v)).findFirst();
                if (known.isEmpty() && field.restrictedPicklist()) {
                    errors.add(RecordError.of("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                            label + ": bad value for restricted picklist field: " + value, field.name()));
                    return Optional.empty();
                }
                return Optional.of(known.orElse(value));
            }
            case EMAIL -> {
                if (!EMAIL.matcher(value.trim()).matches()) {
                    errors.add(RecordError.of("INVALID_EMAIL_ADDRESS", label + ": invalid email address: " + value,
                            field.name()));
                    return Optional.empty();
                }
                return length(field, value.trim(), errors);
            }
            default -> {
                return length(field, value, errors);
            }
        }
    }

    private static Optional<String> typed(FieldSchema field, String value, List<RecordError> errors,
                                          Optional<String> parsed) {
        if (parsed.isEmpty()) {
            errors.add(RecordError.of("INVALID_TYPE_ON_FIELD_IN_RECORD", field.label()
                    + ": value not of required type: " + value, field.name()));
        }
        return parsed;
    }

    private static Optional<String> length(FieldSchema field, String value, List<RecordError> errors) {
        if (field.length() > 0 && value.length() > field.length()) {
            errors.add(RecordError.of("STRING_TOO_LONG", field.label() + ": data value too large: "
                    + abbreviate(value) + " (max length=" + field.length() + ")", field.name()));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<String> reference(FieldSchema field, String value, List<RecordError> errors) {
        Optional<String> id = SalesforceIds.normalise(value);
        if (id.isEmpty()) {
            errors.add(RecordError.of("MALFORMED_ID", field.label() + ": id value of incorrect type: " + value,
                    field.name()));
            return Optional.empty();
        }
        Optional<StoredRecord> target = lookup.apply(id.get()).filter(record -> !record.deleted());
        boolean rightType = target.map(record -> field.referenceTo().contains(record.schema().name())).orElse(false);
        if (!rightType) {
            errors.add(RecordError.of("INVALID_CROSS_REFERENCE_KEY", field.label() + ": invalid cross reference id"
                    + (target.isPresent() ? " (a " + target.get().schema().name() + " cannot be referenced here)" : ""),
                    field.name()));
            return Optional.empty();
        }
        return id;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
