package io.leadbridge.hubspot;

import java.util.Optional;

/**
 * The account's daily API budget as the connector sees it.
 *
 * @param used  daily calls used, as the last response with daily headers reported; empty until one did
 * @param limit the account's whole daily limit, likewise
 * @param share the share of {@code limit} the connector may use ({@code connector.hubspot.daily-limit-share})
 * @param held  whether calls fail fast now because the share is used up, until midnight in the account's zone
 */
public record HubSpotBudget(Optional<Long> used, Optional<Long> limit, double share, boolean held) {
}
