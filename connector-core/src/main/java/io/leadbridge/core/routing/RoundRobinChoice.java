package io.leadbridge.core.routing;

import java.util.Optional;

/** The member round robin picked, or none when all are unavailable, with the reason either way. */
public record RoundRobinChoice(Optional<String> owner, String reason) {
}
