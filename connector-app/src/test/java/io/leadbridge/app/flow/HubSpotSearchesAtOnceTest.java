package io.leadbridge.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.core.engine.ChangeIngestor;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.testing.FakeCrmSource;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import io.leadbridge.core.testing.InMemoryWatermarkStore;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class HubSpotSearchesAtOnceTest {

    private static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");

    private final SyncPipelineConfiguration configuration = new SyncPipelineConfiguration();
    private final FakeCrmSource hubspot = new FakeCrmSource(CrmSystem.HUBSPOT, CONTACTS);
    private final PollReadAhead readAhead = new PollReadAhead();

    @AfterEach
    void stopReadingAhead() {
        readAhead.shutdownNow();
    }

    @Test
    void theContactsPollerReadsFiveSearchPagesAtATimeByDefault() {
        ChangeIngestor ingestor = ingestor(bind(Map.of()));

        ingestor.poll(CONTACTS);

        assertThat(hubspot.reads()).extracting(FakeCrmSource.Read::maxItems).containsExactly(1_000);
    }

    @Test
    void oneSearchAtOnceReadsOnePageOfPageSize() {
        ChangeIngestor ingestor = ingestor(bind(Map.of("connector.hubspot.searches-at-once", "1",
                "connector.sync.page-size", "150")));

        ingestor.poll(CONTACTS);

        assertThat(hubspot.reads()).extracting(FakeCrmSource.Read::maxItems).containsExactly(150);
    }

    @Test
    void refusesMoreSearchesAtOnceThanHubSpotAllowsASecondNamingTheProperty() {
        ConnectorProperties properties = bind(Map.of("connector.hubspot.searches-at-once", "6"));

        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> ingestor(properties));

        assertThat(thrown.problems()).containsExactly(
                "connector.hubspot.searches-at-once: must be 1 to 5 (HubSpot's searches a second), was 6");
    }

    private ChangeIngestor ingestor(ConnectorProperties properties) {
        return configuration.hubspotContactIngestor(hubspot, new InMemoryChangeInbox(), new InMemoryWatermarkStore(),
                properties, readAhead);
    }

    private static ConnectorProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("connector",
                ConnectorProperties.class);
    }
}
