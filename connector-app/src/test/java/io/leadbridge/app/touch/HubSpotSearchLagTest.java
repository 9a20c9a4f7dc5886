package io.leadbridge.app.touch;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.testing.InMemoryTouchInbox;
import io.leadbridge.core.testing.InMemoryWatermarkStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.touch.TouchFeed;
import io.leadbridge.core.touch.TouchIntake;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.hubspot.HubSpotSettings;
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotEmulatorOptions;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HubSpot's search is eventually consistent: an email logged a moment ago may be missing from the search while one
 * logged after it is already found. Against the emulator indexing each write up to 1.5 s late, the email feed with
 * a 2 s search lag, polled every 200 ms while the emails are logged 40 ms apart, reads every email, though it moves
 * its watermark past what it reads. Without the lag the same read skips the emails indexed after a newer one
 * (ADR 0036). The emulator, the lag and the intake share one clock, moved by the test.
 */
class HubSpotSearchLagTest {

    private static final int EMAILS = 60;
    private static final Duration INDEX_DELAY = Duration.ofMillis(1500);
    /** The emulated time between two emails, and how many are logged between two polls (a poll every 200 ms). */
    private static final Duration EMAIL_EVERY = Duration.ofMillis(40);
    private static final int POLL_EVERY_EMAILS = 5;

    @Test
    void everyEmailIsReadThoughTheSearchFindsSomeOnlyAfterNewerOnes() {
        MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-26T09:00:00Z"));
        HubSpotEmulator hubspot = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().port(0).clock(clock)
                .searchIndexDelay(INDEX_DELAY).budget(1_000, 625_000, 1_000).seed(7L).build());
        try {
            TouchFeed emails = HubSpotAdapter.connect(settings(hubspot), clock)
                    .withSearchLag(Duration.ofSeconds(2), clock).touchFeed("emails").orElseThrow();
            InMemoryTouchInbox inbox = new InMemoryTouchInbox();
            TouchIntake intake = new TouchIntake(inbox, new InMemoryWatermarkStore(), clock, 100, 5);
            long contactId = hubspot.create(ObjectType.CONTACTS, Map.of("email", "kim@fjordline.example")).id();

            for (int i = 1; i <= EMAILS; i++) {
                logEmail(hubspot, contactId, clock, i);
                clock.advance(EMAIL_EVERY);
                if (i % POLL_EVERY_EMAILS == 0) {
                    intake.poll(emails);
                }
            }
            clock.advance(INDEX_DELAY.plusSeconds(2));
            intake.poll(emails);

            assertThat(inbox.pendingCount()).as("every email logged was read").isEqualTo(EMAILS);
        } finally {
            hubspot.close();
        }
    }

    private static void logEmail(HubSpotEmulator hubspot, long contactId, MutableClock clock, int i) {
        hubspot.createOn(ObjectType.EMAILS, Map.of("hs_timestamp", clock.instant().toString(),
                "hs_email_subject", "Cadence email " + i, "hs_email_text", "Step " + i,
                "hs_email_direction", "EMAIL", "hs_email_status", "SENT"), ObjectType.CONTACTS, contactId);
    }

    private static HubSpotSettings settings(HubSpotEmulator hubspot) {
        return new HubSpotSettings(URI.create(hubspot.baseUrl()), HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN,
                HubSpotSettings.DEFAULT_API_VERSION, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }
}
