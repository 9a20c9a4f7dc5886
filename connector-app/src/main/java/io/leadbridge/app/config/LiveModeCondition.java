package io.leadbridge.app.config;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Live mode: at least one CRM key is configured. The live beans then validate the whole configuration
 * and refuse to start on a partial one, naming every missing key.
 */
public class LiveModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment()).bind("connector", ConnectorProperties.class)
                .map(ConnectorProperties::anyCrmConfigured)
                .orElse(false);
    }

    /** The opposite: no CRM configured at all. */
    public static class Unconfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new LiveModeCondition().matches(context, metadata);
        }
    }
}
