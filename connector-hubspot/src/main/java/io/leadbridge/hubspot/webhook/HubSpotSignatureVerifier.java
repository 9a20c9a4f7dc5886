package io.leadbridge.hubspot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies HubSpot's v3 request signature: {@code base64(HMAC-SHA256(clientSecret, method + uri + rawBody +
 * timestamp))}, where {@code uri} is the public URL HubSpot called with only HubSpot's twelve escapes decoded
 * ({@code %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B}), and the {@code X-HubSpot-Request-Timestamp}
 * lies within five minutes of now. The comparison takes constant time.
 *
 * <p><b>Threading:</b> safe for concurrent use.
 */
public final class HubSpotSignatureVerifier {

    /** How far the request timestamp may be from now, either way. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern ESCAPE = Pattern.compile("%(3[Aa]|2[Ff]|3[Ff]|40|21|24|27|28|29|2[Aa]|2[Cc]|3[Bb])");
    private static final Map<String, String> DECODED = Map.ofEntries(
            Map.entry("3A", ":"), Map.entry("2F", "/"), Map.entry("3F", "?"), Map.entry("40", "@"),
            Map.entry("21", "!"), Map.entry("24", "$"), Map.entry("27", "'"), Map.entry("28", "("),
            Map.entry("29", ")"), Map.entry("2A", "*"), Map.entry("2C", ","), Map.entry("3B", ";"));

    private final SecretKeySpec key;
    private final Clock clock;

    public HubSpotSignatureVerifier(String clientSecret, Clock clock) {
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalArgumentException("the client secret must not be empty");
        }
        this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param method    the HTTP method, e.g. {@code POST}
     * @param publicUri the full URL HubSpot called, scheme, host, path and query, as received (still encoded)
     * @param body      the raw body bytes
     * @param signature the {@code X-HubSpot-Signature-v3} header, null when absent
     * @param timestamp the {@code X-HubSpot-Request-Timestamp} header (epoch ms), null when absent
     */
    public SignatureVerdict verify(String method, String publicUri, byte[] body, String signature, String timestamp) {
        if (signature == null || signature.isBlank()) {
            return SignatureVerdict.MISSING_SIGNATURE;
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(Objects.requireNonNullElse(timestamp, "").strip());
        } catch (NumberFormatException notANumber) {
            return SignatureVerdict.INVALID_TIMESTAMP;
        }
        if (Math.abs(clock.millis() - sentAt) > MAX_AGE.toMillis()) {
            return SignatureVerdict.STALE_TIMESTAMP;
        }
        byte[] expected = sign(method, decodeHubSpotEscapes(publicUri), body, timestamp.strip());
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? SignatureVerdict.VALID : SignatureVerdict.INVALID_SIGNATURE;
    }

    /** The base64 signature, as ASCII bytes, of one request. */
    byte[] sign(String method, String decodedUri, byte[] body, String timestamp) {
        Mac mac = newMac();
        mac.update(method.getBytes(StandardCharsets.UTF_8));
        mac.update(decodedUri.getBytes(StandardCharsets.UTF_8));
        mac.update(body);
        mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encode(mac.doFinal());
    }

    /** Decodes only the escapes HubSpot decodes before signing; every other escape stays as it is. */
    static String decodeHubSpotEscapes(String uri) {
        Matcher escape = ESCAPE.matcher(uri);
        StringBuilder decoded = new StringBuilder(uri.length());
        while (escape.find()) {
            escape.appendReplacement(decoded, Matcher.quoteReplacement(DECODED.get(escape.group(1).toUpperCase(Locale.ROOT))));
        }
        escape.appendTail(decoded);
        return decoded.toString();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "HubSpotSignatureVerifier[secret=****]";
    }
}
