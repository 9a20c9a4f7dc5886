package io.leadbridge.salesforce.mapping;

import io.leadbridge.core.owner.OwnerDirectory;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's owner ({@code ownerEmail}) as the {@code OwnerId} of the active User with that email. A record always
 * has an owner, so a blank owner is never written, and neither is an email no User has (the core reports it as
 * {@code OWNER_NOT_FOUND}); without a directory no owner is written at all.
 */
final class OwnerUsers {

    static final String OWNER_ID = "OwnerId";

    private final Optional<OwnerDirectory> users;

    OwnerUsers(Optional<OwnerDirectory> users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /** The User Id to write as the owner, if any. */
    Optional<String> userIdOf(String ownerEmail) {
        if (ownerEmail == null || ownerEmail.isBlank()) {
            return Optional.empty();
        }
        return users.flatMap(directory -> directory.idOf(ownerEmail));
    }
}
