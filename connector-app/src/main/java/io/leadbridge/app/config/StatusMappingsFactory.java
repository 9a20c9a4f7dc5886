package io.leadbridge.app.config;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns {@code connector.sync.status-mappings} into validated {@link StatusMappings}, reporting every problem. */
public final class StatusMappingsFactory {

    static final String PATH = "connector.sync.status-mappings";

    private StatusMappingsFactory() {
    }

    public static StatusMappings from(List<ConnectorProperties.StatusMappingEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new InvalidConfigurationException(List.of(PATH + ": no funnel stage is mapped"));
        }
        List<String> problems = new ArrayList<>();
        List<StatusMapping> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ConnectorProperties.StatusMappingEntry entry = entries.get(i);
            Optional<FunnelStage> stage = stage(entry.stage());
            if (stage.isEmpty()) {
                problems.add(PATH + "[" + i + "].stage: '" + entry.stage() + "' is not a funnel stage; use one of "
                        + Arrays.stream(FunnelStage.values()).map(Enum::name).collect(Collectors.joining(", ")));
                continue;
            }
            rows.add(new StatusMapping(stage.get(), entry.hubspotLifecycleStage(),
                    Optional.ofNullable(entry.hubspotLeadStatus()), Optional.ofNullable(entry.salesforceLeadStatus())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return StatusMappings.validate(PATH, rows);
    }

    private static Optional<FunnelStage> stage(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(FunnelStage.values()).filter(s -> s.name().equals(name.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
