package io.leadbridge.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.core.engine.InboxRetention;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class InboxRetentionConfigurationTest {

    private final InboxRetentionConfiguration configuration = new InboxRetentionConfiguration();

    @Test
    void keepsSettledChangesForSevenDaysByDefault() {
        ConnectorProperties properties = bind(Map.of());

        assertThat(properties.sync().inboxRetention()).hasDays(7);
        assertThat(configuration.inboxRetention(new InMemoryChangeInbox(), properties, Clock.systemUTC()))
                .isInstanceOf(InboxRetention.class);
    }

    @Test
    void refusesARetentionUnderAnHourNamingTheProperty() {
        ConnectorProperties properties = bind(Map.of(InboxRetentionConfiguration.PROPERTY, "30m"));

        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> configuration.inboxRetention(new InMemoryChangeInbox(), properties, Clock.systemUTC()));

        assertThat(thrown.problems()).containsExactly("connector.sync.inbox-retention: must be at least 1h (settled"
                + " changes are where each stream's watermark moves from), was PT30M");
    }

    private static ConnectorProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("connector",
                ConnectorProperties.class);
    }
}
