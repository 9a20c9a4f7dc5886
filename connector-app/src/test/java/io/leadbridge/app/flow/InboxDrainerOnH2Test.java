package io.leadbridge.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.EmulatorScenario;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.app.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.integration.endpoint.SourcePollingChannelAdapter;

/**
 * The people drain as the app wires it: each drain runs batches until one makes no progress (ADR 0040), not one batch
 * per {@code drain-interval}. Spring Integration reads {@code PollerMetadata.MAX_MESSAGES_UNBOUNDED} on a source's
 * poller as "one message per poll", which made every drain stop after its first batch (ADR 0043).
 */
class InboxDrainerOnH2Test extends EmulatorScenario {

    @TempDir
    Path directory;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2File(directory);
    }

    @Test
    void aDrainRunsBatchesUntilOneMakesNoProgress() {
        try (RunningApp app = RunningApp.start(crms.appProperties(database))) {
            SourcePollingChannelAdapter drainer = app.bean("inboxDrainer", SourcePollingChannelAdapter.class);

            assertThat(drainer.getMaxMessagesPerPoll()).as("messages (batches) per drain").isNegative();
        }
    }
}
