package io.leadbridge.core.echo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A one-way fingerprint of a field value (SHA-256 of its stripped text, in hex), so that the connector can
 * recognise its own writes without storing the personal data it wrote. A blank or cleared value has the
 * fingerprint of {@code ""}.
 */
public record ValueFingerprint(String hex) {

    private static final int SHA_256_HEX_LENGTH = 64;

    public ValueFingerprint {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != SHA_256_HEX_LENGTH || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("hex must be 64 hexadecimal digits (SHA-256), was " + hex.length()
                    + " characters");
        }
    }

    public static ValueFingerprint of(String value) {
        String text = value == null ? "" : value.strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new ValueFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    public boolean matches(String value) {
        return equals(of(value));
    }
}
