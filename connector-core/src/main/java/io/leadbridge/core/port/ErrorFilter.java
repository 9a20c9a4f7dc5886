package io.leadbridge.core.port;

import io.leadbridge.core.model.CrmSystem;
import java.util.Objects;
import java.util.Optional;

/**
 * Which errors of the {@link ErrorQueue} to list, count or retry; an empty criterion matches every error.
 *
 * @param system     the CRM the failed change came from
 * @param objectType that CRM's object type ({@code contact}, {@code Lead})
 * @param code       the vendor's or Leadbridge's failure code, exactly
 * @param status     where the error stands
 */
public record ErrorFilter(Optional<CrmSystem> system, Optional<String> objectType, Optional<String> code,
                          Optional<ErrorStatus> status) {

    public static final ErrorFilter ALL = new ErrorFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public ErrorFilter {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
    }

    public ErrorFilter withStatus(ErrorStatus wanted) {
        return new ErrorFilter(system, objectType, code, Optional.of(wanted));
    }

    public boolean matches(SyncError error) {
        return system.map(s -> s == error.event().ref().system()).orElse(true)
                && objectType.map(t -> t.equals(error.event().ref().objectType())).orElse(true)
                && code.map(c -> c.equals(error.failure().code())).orElse(true)
                && status.map(s -> s == error.status()).orElse(true);
    }
}
