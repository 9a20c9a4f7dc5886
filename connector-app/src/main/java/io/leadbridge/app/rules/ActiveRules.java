package io.leadbridge.app.rules;

import io.leadbridge.core.rules.Rules;
import io.leadbridge.core.rules.RulesFile;
import io.leadbridge.core.rules.RulesYaml;
import io.leadbridge.core.sync.FieldOwnershipRules;
import io.leadbridge.core.sync.StatusRules;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force. Read at start-up (an invalid file stops the start); {@link #reload} reads the file again and
 * replaces the rules only when the new file is valid. Qualification and routing read {@link #current()} for each
 * decision, so a reload applies at once; field ownership and the status table are wired into the sync pipeline at
 * start-up, so a reload reports when those sections changed and a restart is needed for them.
 */
public class ActiveRules {

    /** Sections the sync pipeline reads once at start-up. */
    static final List<String> READ_AT_START = List.of(FieldOwnershipRules.SECTION, StatusRules.SECTION, "sla", "recycle");

    private static final Logger log = LoggerFactory.getLogger(ActiveRules.class);

    private final RulesLocation location;
    private final Clock clock;
    private final AtomicReference<Rules> current = new AtomicReference<>();
    private final Rules startup;

    /** @throws io.leadbridge.core.rules.InvalidRulesException naming every problem of the file */
    public ActiveRules(RulesLocation location, Clock clock) {
        this.location = location;
        this.clock = clock;
        this.startup = readFile();
        current.set(startup);
        log.info("Rules loaded from {}", startup.source());
    }

    public Rules current() {
        return current.get();
    }

    /**
     * Reads the file again and makes it the active rules.
     *
     * @return the sections read at start-up whose content now differs from the running ones (restart needed)
     * @throws io.leadbridge.core.rules.InvalidRulesException with every problem; the active rules stay as they were
     */
    public synchronized List<String> reload() {
        Rules read = readFile();
        current.set(read);
        List<String> restartNeeded = READ_AT_START.stream()
                .filter(section -> !Objects.equals(section(startup, section), section(read, section))).toList();
        log.info("Rules reloaded from {}{}", read.source(), restartNeeded.isEmpty() ? ""
                : "; restart to apply the changed sections " + restartNeeded);
        return restartNeeded;
    }

    /** The sections read at start-up that differ from the active file's. */
    public List<String> restartNeededFor() {
        Rules active = current();
        return READ_AT_START.stream()
                .filter(section -> !Objects.equals(section(startup, section), section(active, section))).toList();
    }

    /** The rules the sync pipeline was wired with at start-up. */
    public Rules atStartup() {
        return startup;
    }

    private Rules readFile() {
        return RulesFile.read(location.read(), location.describe(), clock.instant());
    }

    private static Object section(Rules rules, String key) {
        Object document = RulesYaml.parse(rules.text(), rules.source());
        return document instanceof Map<?, ?> map ? map.get(key) : null;
    }
}
