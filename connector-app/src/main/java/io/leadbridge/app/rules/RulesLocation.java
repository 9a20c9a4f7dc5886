package io.leadbridge.app.rules;

import io.leadbridge.core.rules.InvalidRulesException;
import io.leadbridge.core.rules.RuleProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Where the rules file is read from: {@code connector.rules.location}, else the default file in the jar. */
public final class RulesLocation {

    /** The rules file shipped in the jar, used when {@code connector.rules.location} is unset. */
    public static final String DEFAULT = "classpath:leadbridge-rules.yml";

    private final String location;
    private final boolean isDefault;
    private final ResourceLoader loader;

    public RulesLocation(String configured, ResourceLoader loader) {
        this.isDefault = configured == null || configured.isBlank();
        this.location = isDefault ? DEFAULT : configured.strip();
        this.loader = loader;
    }

    /** The location as an admin reads it, e.g. {@code file:./rules.yml} or the default's. */
    public String describe() {
        return isDefault ? location + " (default; connector.rules.location is not set)" : location;
    }

    /** The file's text. @throws InvalidRulesException when it cannot be read */
    public String read() {
        Resource resource = loader.getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new InvalidRulesException(location, List.of(new RuleProblem("",
                    "cannot read the rules file (connector.rules.location): " + unreadable.getMessage())));
        }
    }
}
