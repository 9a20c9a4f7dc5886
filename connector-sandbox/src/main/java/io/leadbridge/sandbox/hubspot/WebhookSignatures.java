package io.leadbridge.sandbox.hubspot;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HubSpot's webhook request signatures, computed the way HubSpot sends them. */
final class WebhookSignatures {

    /** The escapes HubSpot decodes in the URI before signing v3; every other escape stays as it is. */
    private static final Map<String, String> V3_DECODED = Map.ofEntries(
            Map.entry("%3A", ":"), Map.entry("%2F", "/"), Map.entry("%3F", "?"), Map.entry("%40", "@"),
            Map.entry("%21", "!"), Map.entry("%24", "$"), Map.entry("%27", "'"), Map.entry("%28", "("),
            Map.entry("%29", ")"), Map.entry("%2A", "*"), Map.entry("%2C", ","), Map.entry("%3B", ";"));

    private WebhookSignatures() {
    }

    /** {@code X-HubSpot-Signature-v3}: base64(HMAC-SHA256(secret, method + uri + body + timestamp)). */
    static String v3(String clientSecret, String method, String uri, String body, long timestampMillis) {
        String message = method + decodeForV3(uri) + body + timestampMillis;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** {@code X-HubSpot-Signature} (v1): hex(SHA-256(secret + body)). */
    static String v1(String clientSecret, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((clientSecret + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String decodeForV3(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        int i = 0;
        while (i < uri.length()) {
            if (uri.charAt(i) == '%' && i + 3 <= uri.length()) {
                String escape = uri.substring(i, i + 3).toUpperCase(Locale.ROOT);
                String decoded = V3_DECODED.get(escape);
                if (decoded != null) {
                    out.append(decoded);
                    i += 3;
                    continue;
                }
            }
            out.append(uri.charAt(i));
            i++;
        }
        return out.toString();
    }
}
