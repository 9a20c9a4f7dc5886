package io.leadbridge.sandbox.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Which bearer tokens are valid: the configured static (private app) tokens and the access tokens the OAuth
 * endpoint issued, until they expire. Refresh tokens never expire (as on HubSpot, until revoked). Thread-safe.
 */
final class TokenRegistry {

    /** An issued access token with its refresh token. */
    record Grant(String accessToken, String refreshToken, long expiresInSeconds) {
    }

    private static final String MISSING = "Authentication credentials not found. This API supports OAuth 2.0 "
            + "authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/"
            + "oauth-overview";

    private final Set<String> staticTokens;
    private final Duration lifetime;
    private final Clock clock;
    private final Random random;
    private final Map<String, Instant> accessTokens = new HashMap<>();
    private final Map<String, Boolean> refreshTokens = new HashMap<>();

    TokenRegistry(Set<String> staticTokens, Duration lifetime, Clock clock, Random random) {
        this.staticTokens = Set.copyOf(staticTokens);
        this.lifetime = lifetime;
        this.clock = clock;
        this.random = random;
    }

    /** Accepts {@code Bearer <valid token>}; otherwise HubSpot's 401. */
    synchronized void check(String authorization) {
        String token = Optional.ofNullable(authorization).filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim()).orElse("");
        if (token.isEmpty()) {
            throw ApiException.unauthorized("INVALID_AUTHENTICATION", MISSING);
        }
        if (staticTokens.contains(token)) {
            return;
        }
        Instant expiry = accessTokens.get(token);
        if (expiry == null) {
            throw ApiException.unauthorized("INVALID_AUTHENTICATION", MISSING);
        }
        Instant now = clock.instant();
        if (!now.isBefore(expiry)) {
            long ago = Duration.between(expiry, now).toSeconds();
            throw ApiException.unauthorized("EXPIRED_AUTHENTICATION",
                    "The OAuth token used to make this call expired " + ago + " second(s) ago.");
        }
    }

    /** A new access token and a new refresh token (authorization-code grant). */
    synchronized Grant issue() {
        String refresh = token("sandbox-rt-");
        refreshTokens.put(refresh, true);
        return grant(refresh);
    }

    /** A new access token for a known refresh token, which stays valid. */
    synchronized Optional<Grant> refresh(String refreshToken) {
        if (refreshToken == null || !refreshTokens.containsKey(refreshToken)) {
            return Optional.empty();
        }
        return Optional.of(grant(refreshToken));
    }

    private Grant grant(String refreshToken) {
        String access = token("sandbox-at-");
        accessTokens.put(access, clock.instant().plus(lifetime));
        return new Grant(access, refreshToken, lifetime.toSeconds());
    }

    private String token(String prefix) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
