package io.leadbridge.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded CRM bodies under {@code src/test/resources/e2e/}. */
public final class E2eResources {

    private E2eResources() {
    }

    public static String read(String name) {
        try (InputStream in = E2eResources.class.getResourceAsStream("/e2e/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /e2e/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
