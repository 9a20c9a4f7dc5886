package io.leadbridge.hubspot.client;

import java.util.Optional;

/**
 * Supplies the bearer token of each HubSpot call.
 *
 * <p><b>Threading:</b> implementations are safe for concurrent use; a refresh is shared by every caller
 * waiting for it.
 */
public interface AccessTokenSource {

    /** The token to send now; refreshes it first when it is about to expire. */
    String token();

    /**
     * HubSpot answered 401 to {@code rejected}: a token that differs from it, or empty when there is no other
     * token to try (a static token, or a refresh that HubSpot refused).
     */
    Optional<String> replacementFor(String rejected);
}
