package io.leadbridge.core.routing;

import java.time.LocalDate;
import java.util.Objects;

/** Days an AE takes no new leads, both ends included. */
public record OutOfOffice(LocalDate from, LocalDate to) {

    public OutOfOffice {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an out-of-office window ends before it starts");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
