package io.leadbridge.core.testing;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.owner.OwnerSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** An {@link OwnerDirectory} over a map a test may change: read again after 10 minutes, or a minute after a miss. */
public final class FixedOwners {

    private FixedOwners() {
    }

    /** @param owners normalised email → owner id; read on every (re)load, so a test may add owners later */
    public static OwnerDirectory directory(CrmSystem system, Map<String, String> owners, Clock clock) {
        return new OwnerDirectory(new OwnerSource() {
            @Override
            public CrmSystem system() {
                return system;
            }

            @Override
            public Map<String, String> activeOwnerIdsByEmail() {
                return Map.copyOf(owners);
            }
        }, clock, Duration.ofMinutes(10), Duration.ofMinutes(1));
    }
}
