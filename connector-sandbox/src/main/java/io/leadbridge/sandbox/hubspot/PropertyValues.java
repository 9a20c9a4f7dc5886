package io.leadbridge.sandbox.hubspot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks and normalises the property values of one write the way HubSpot does: unknown properties, options that
 * do not exist, malformed numbers or dates and malformed contact emails are refused together in one 400;
 * read-only properties are dropped;
 * date-times are stored as ISO-8601 UTC with milliseconds; {@code ""} clears a value.
 */
final class PropertyValues {

    /**
     * A contact email as HubSpot accepts it: an unquoted RFC 5322 local part, then a domain of at least two
     * labels ending in an alphabetic (or punycode) top-level domain. HubSpot also requires the TLD to be on
     * IANA's list; the emulator does not keep that list.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

    private final PropertyCatalog catalog;
    private final OwnerDirectory owners;

    PropertyValues(PropertyCatalog catalog, OwnerDirectory owners) {
        this.catalog = catalog;
        this.owners = owners;
    }

    Map<String, String> normalise(ObjectType type, Map<String, String> input) {
        Map<String, String> result = new LinkedHashMap<>();
        List<ApiException.Detail> problems = new ArrayList<>();
        input.forEach((name, value) -> {
            Optional<PropertyDefinition> definition = catalog.find(type, name);
            if (definition.isEmpty()) {
                problems.add(new ApiException.Detail("Property \"" + name + "\" does not exist",
                        "PROPERTY_DOESNT_EXIST", name));
            } else if (!definition.get().readOnlyValue()) {
                String checked = value == null ? "" : value;
                problem(type, definition.get(), checked).ifPresentOrElse(problems::add,
                        () -> result.put(name, normalised(definition.get(), checked)));
            }
        });
        if (!problems.isEmpty()) {
            throw ApiException.invalidProperties(problems);
        }
        return result;
    }

    private Optional<ApiException.Detail> problem(ObjectType type, PropertyDefinition definition, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String name = definition.name();
        if (type == ObjectType.CONTACTS && "email".equals(name) && !EMAIL.matcher(value).matches()) {
            return Optional.of(new ApiException.Detail("Email address " + value + " is invalid", "INVALID_EMAIL", name));
        }
        if ("hubspot_owner_id".equals(name)) {
            return owners.isOwnerId(value) ? Optional.empty() : Optional.of(new ApiException.Detail(
                    "\"" + value + "\" is not a valid owner id", "INVALID_OWNER_ID", name));
        }
        if (definition.isEnumeration() && !definition.allows(value)) {
            List<String> allowed = definition.options().stream().map(PropertyOption::value).toList();
            return Optional.of(new ApiException.Detail(
                    value + " was not one of the allowed options: " + allowed, "INVALID_OPTION", name));
        }
        if (definition.isNumeric() && !isNumber(value)) {
            return Optional.of(new ApiException.Detail(
                    "\"" + value + "\" is not a valid number for " + name, "INVALID_DECIMAL", name));
        }
        if (definition.isTime() && Times.parse(value).isEmpty()) {
            return Optional.of(new ApiException.Detail("\"" + value + "\" is not a valid date for " + name
                    + ": send epoch milliseconds or ISO-8601 UTC", "INVALID_DATE", name));
        }
        return Optional.empty();
    }

    private static String normalised(PropertyDefinition definition, String value) {
        if (definition.isTime() && !value.isEmpty()) {
            return Times.format(Times.parse(value).orElseThrow());
        }
        return value;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
