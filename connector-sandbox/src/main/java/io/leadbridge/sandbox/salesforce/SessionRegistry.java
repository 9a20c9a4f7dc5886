package io.leadbridge.sandbox.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens issued by the OAuth endpoint (or the Java API) and accepted as SOAP session ids. A token shaped like
 * Salesforce's ({@code <org id>!AQ...}) expires {@code ttl} after issue unless {@code ttl} is zero. Thread-safe.
 */
final class SessionRegistry {

    /** Why a session id was refused. */
    enum Refusal { MISSING, UNKNOWN, EXPIRED }

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final Clock clock;
    private final Duration ttl;
    private final String organizationId;
    private final Random random;
    private final Map<String, Instant> issued = new ConcurrentHashMap<>();

    SessionRegistry(Clock clock, Duration ttl, String organizationId, Random random) {
        this.clock = clock;
        this.ttl = ttl;
        this.organizationId = organizationId;
        this.random = random;
    }

    String issue() {
        StringBuilder token = new StringBuilder(organizationId).append("!AQ");
        synchronized (random) {
            for (int i = 0; i < 96; i++) {
                token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        issued.put(token.toString(), clock.instant());
        return token.toString();
    }

    /** Empty when {@code sessionId} is a live session, otherwise why not. */
    Optional<Refusal> check(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return Optional.of(Refusal.MISSING);
        }
        Instant at = issued.get(sessionId.trim());
        if (at == null) {
            return Optional.of(Refusal.UNKNOWN);
        }
        if (!ttl.isZero() && !clock.instant().isBefore(at.plus(ttl))) {
            return Optional.of(Refusal.EXPIRED);
        }
        return Optional.empty();
    }

    Duration ttl() {
        return ttl;
    }
}
