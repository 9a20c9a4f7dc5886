package io.leadbridge.app.api;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Reads the admin API's parameters, refusing a bad one with a {@link BadApiRequest} that names it. */
final class ApiParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private ApiParameters() {
    }

    static ErrorFilter errorFilter(String system, String objectType, String code, String status) {
        return new ErrorFilter(optional(system).map(ApiParameters::system), optional(objectType), optional(code),
                optional(status).map(ApiParameters::status));
    }

    static CrmSystem system(String value) {
        try {
            return CrmSystem.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadApiRequest("system", "system must be one of " + Arrays.toString(CrmSystem.values())
                    + ", was '" + value + "'");
        }
    }

    static ErrorStatus status(String value) {
        try {
            return ErrorStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadApiRequest("status", "status must be one of " + Arrays.toString(ErrorStatus.values())
                    + ", was '" + value + "'");
        }
    }

    static int limit(Integer value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw new BadApiRequest("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + value);
        }
        return value;
    }

    static PersonId personId(String value) {
        try {
            return PersonId.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadApiRequest("personId", "personId must be a UUID, was '" + value + "'");
        }
    }

    static Instant instant(String field, String value) {
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadApiRequest(field, field + " must be an ISO-8601 UTC time such as 2026-11-01T00:00:00Z, was '"
                    + value + "'");
        }
    }

    static String required(String field, String value) {
        return optional(value).orElseThrow(() -> new BadApiRequest(field, field + " is required and must not be blank"));
    }

    static Optional<String> optional(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
