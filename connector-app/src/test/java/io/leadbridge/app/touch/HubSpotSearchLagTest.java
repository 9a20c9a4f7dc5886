package io.leadbridge.app.touch;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.testing.InMemoryTouchInbox;
import io.leadbridge.core.testing.InMemoryWatermarkStore;
import io.leadbridge.core.touch.TouchFeed;
import io.leadbridge.core.touch.TouchIntake;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.hubspot.HubSpotSettings;
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotEmulatorOptions;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * HubSpot's search is eventually consistent: an email logged a moment ago may be missing from the search while one
 * logged after it is already found. Against the emulator indexing each write up to 1.5 s late, the email feed with
 * a 2 s search lag reads every email while they are being logged, though the feed moves its watermark past what it
 * reads. Without the lag the same read skips the emails indexed after a newer one (ADR 0036).
 */
class HubSpotSearchLagTest {

    private static final int EMAILS = 60;
    private static final Duration INDEX_DELAY = Duration.ofMillis(1500);

    @Test
    void everyEmailIsReadThoughTheSearchFindsSomeOnlyAfterNewerOnes() throws Exception {
        HubSpotEmulator hubspot = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().port(0)
                .searchIndexDelay(INDEX_DELAY).budget(1_000, 625_000, 1_000).seed(7L).build());
        try {
            Clock clock = Clock.systemUTC();
            TouchFeed emails = HubSpotAdapter.connect(settings(hubspot), clock)
                    .withSearchLag(Duration.ofSeconds(2), clock).touchFeed("emails").orElseThrow();
            InMemoryTouchInbox inbox = new InMemoryTouchInbox();
            TouchIntake intake = new TouchIntake(inbox, new InMemoryWatermarkStore(), clock, 100, 5);
            long contactId = hubspot.create(ObjectType.CONTACTS, Map.of("email", "kim@fjordline.example")).id();

            CompletableFuture<Void> logging = CompletableFuture.runAsync(() -> logEmails(hubspot, contactId));
            while (!logging.isDone()) {
                intake.poll(emails);
            }
            logging.get();
            Instant settled = Instant.now().plus(INDEX_DELAY).plusSeconds(2);
            while (Instant.now().isBefore(settled)) {
                intake.poll(emails);
            }
            intake.poll(emails);

            assertThat(inbox.pendingCount()).as("every email logged was read").isEqualTo(EMAILS);
        } finally {
            hubspot.close();
        }
    }

    private static void logEmails(HubSpotEmulator hubspot, long contactId) {
        for (int i = 1; i <= EMAILS; i++) {
            hubspot.createOn(ObjectType.EMAILS, Map.of("hs_timestamp", Instant.now().toString(),
                    "hs_email_subject", "Cadence email " + i, "hs_email_text", "Step " + i,
                    "hs_email_direction", "EMAIL", "hs_email_status", "SENT"), ObjectType.CONTACTS, contactId);
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static HubSpotSettings settings(HubSpotEmulator hubspot) {
        return new HubSpotSettings(URI.create(hubspot.baseUrl()), HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN,
                HubSpotSettings.DEFAULT_API_VERSION, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }
}
