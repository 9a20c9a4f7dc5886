package io.leadbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.Objects;

/**
 * A HubSpot owner (a user who can own records). {@code hubspot_owner_id} holds {@link #id()}, not the user id.
 *
 * @param team the owner's primary team name, or null
 */
public record HubSpotOwner(long id, long userId, String email, String firstName, String lastName, String team,
                           Instant createdAt) {

    public HubSpotOwner {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
