package io.leadbridge.app.console;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reads the error queue page's filter fields; a blank field matches everything, a wrong one is refused by name. */
final class ErrorQueueFilter {

    private ErrorQueueFilter() {
    }

    static ErrorFilter of(String system, String objectType, String code, String status) {
        return new ErrorFilter(given(system).map(s -> named(CrmSystem.class, "system", s)), given(objectType),
                given(code), given(status).map(s -> named(ErrorStatus.class, "status", s)));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", was '" + value + "'", unknown);
        }
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
