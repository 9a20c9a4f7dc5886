package io.leadbridge.hubspot.client;

import java.util.Objects;
import java.util.Optional;

/** A private-app or service-key token: it does not expire on a timer, so there is nothing to refresh. */
public final class StaticAccessToken implements AccessTokenSource {

    private final String token;

    public StaticAccessToken(String token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public Optional<String> replacementFor(String rejected) {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "StaticAccessToken[****]";
    }
}
