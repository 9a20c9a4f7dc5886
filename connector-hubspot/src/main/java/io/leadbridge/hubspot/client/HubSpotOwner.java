package io.leadbridge.hubspot.client;

/** A HubSpot user or queue that can own records; {@code hubspot_owner_id} holds {@link #id()}, not the user id. */
public record HubSpotOwner(String id, String email, String firstName, String lastName, Long userId, String type,
                           boolean archived) {
}
