package io.leadbridge.app.admin;

import io.leadbridge.app.config.ConnectorProperties;
import java.util.List;

/** The mapping tables the pipeline applies: who owns each person field, and the funnel status values. */
public record Mappings(List<ConnectorProperties.PersonFieldEntry> personFields,
                       List<ConnectorProperties.StatusMappingEntry> statusMappings) {

    public static Mappings of(ConnectorProperties properties) {
        return new Mappings(orEmpty(properties.sync().personFields()), orEmpty(properties.sync().statusMappings()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
