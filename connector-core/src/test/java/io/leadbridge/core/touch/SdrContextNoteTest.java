package io.leadbridge.core.touch;

import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SdrContextNoteTest {

    private static final ExternalRef KIM_IN_SALESFORCE = salesforceLead("00Q5g00000AbCdEFGH");
    private static final Instant MQL_AT = Instant.parse("2025-03-03T09:00:00Z");
    private static final String SAM = "sam.sdr@leadbridge.example";

    private final List<Touch> kimsTouches = List.of(
            touch("1", TouchChannel.EMAIL, TouchDirection.OUTBOUND, "2025-03-03T09:12:00Z", "Quick question", null, 1),
            touch("2", TouchChannel.LINKEDIN, TouchDirection.OUTBOUND, "2025-03-04T10:00:00Z", "", null, 2),
            touch("3", TouchChannel.EMAIL, TouchDirection.INBOUND, "2025-03-04T16:30:00Z", "Re: Quick question", null,
                    null),
            touch("5", TouchChannel.CALL, TouchDirection.OUTBOUND, "2025-03-05T14:10:00Z", "Intro call", "Connected", 4),
            touch("4", TouchChannel.EMAIL, TouchDirection.OUTBOUND, "2025-03-05T08:00:00Z", "Follow-up", null, 3),
            touch("0", TouchChannel.EMAIL, TouchDirection.OUTBOUND, "2025-03-01T08:00:00Z", "Webinar invite", null,
                    null));

    @Test
    void summarisesTheSdrsWorkOnAPerson() {
        SdrContextSummary summary = SdrContextSummary.of(kimsTouches, Optional.of(MQL_AT));

        assertThat(summary.touchCount()).isEqualTo(5);
        assertThat(summary.touchesByChannel()).containsExactlyInAnyOrderEntriesOf(Map.of(
                TouchChannel.EMAIL, 3, TouchChannel.CALL, 1, TouchChannel.LINKEDIN, 1));
        assertThat(summary.replies()).isEqualTo(1);
        assertThat(summary.lastTouch().orElseThrow().subject()).isEqualTo("Intro call");
        assertThat(summary.cadenceStep()).contains(4);
        assertThat(summary.timeToFirstTouch()).contains(Duration.ofMinutes(12));
    }

    @Test
    void rendersTheShortNoteAnAeReadsInTheCrm() {
        SdrContextNote note = SdrContextNote.render(KIM_IN_SALESFORCE,
                SdrContextSummary.of(kimsTouches, Optional.of(MQL_AT)), ZoneOffset.UTC);

        assertThat(note.text()).isEqualTo("""
                SDR context (kept up to date by Leadbridge)
                Touches: 5 (3 emails, 1 call, 1 LinkedIn step); 1 reply
                Last touch: call "Intro call" on 2025-03-05 14:10 UTC by sam.sdr@leadbridge.example; outcome: Connected
                Cadence step: 4
                Time to first touch: 12 min after MQL""");
        assertThat(note.targetPerson()).isEqualTo(KIM_IN_SALESFORCE);
    }

    @Test
    void showsTimesInTheTeamsZone() {
        String text = SdrContextNote.render(KIM_IN_SALESFORCE, SdrContextSummary.of(kimsTouches, Optional.of(MQL_AT)),
                ZoneId.of("Europe/Oslo")).text();

        assertThat(text).contains("on 2025-03-05 15:10 CET by");
    }

    @Test
    void aPersonNobodyHasTouchedYetSaysSo() {
        SdrContextNote note = SdrContextNote.render(KIM_IN_SALESFORCE, SdrContextSummary.of(List.of(), Optional.empty()),
                ZoneOffset.UTC);

        assertThat(note.text()).isEqualTo("""
                SDR context (kept up to date by Leadbridge)
                Touches: none yet
                Last touch: none yet
                Cadence step: not started
                Time to first touch: not measured (no touch since MQL, or no MQL time)""");
    }

    @Test
    void timeToFirstTouchCountsFromMqlInHoursAndDays() {
        Touch nextDay = touch("9", TouchChannel.CALL, TouchDirection.OUTBOUND, "2025-03-04T12:30:00Z", "", null, null);

        String text = SdrContextNote.render(KIM_IN_SALESFORCE, SdrContextSummary.of(List.of(nextDay),
                Optional.of(MQL_AT)), ZoneOffset.UTC).text();
        String sameDay = SdrContextNote.render(KIM_IN_SALESFORCE, SdrContextSummary.of(List.of(nextDay),
                Optional.of(Instant.parse("2025-03-04T09:15:00Z"))), ZoneOffset.UTC).text();

        assertThat(text).contains("Time to first touch: 1 d 3 h after MQL").contains("no outcome logged");
        assertThat(sameDay).contains("Time to first touch: 3 h 15 min after MQL");
    }

    @Test
    void theNoteHasOneKeyPerPersonSoItIsRewrittenInPlace() {
        SdrContextNote before = SdrContextNote.render(KIM_IN_SALESFORCE, SdrContextSummary.of(List.of(),
                Optional.empty()), ZoneOffset.UTC);
        SdrContextNote after = SdrContextNote.render(KIM_IN_SALESFORCE, SdrContextSummary.of(kimsTouches,
                Optional.of(MQL_AT)), ZoneOffset.UTC);
        SdrContextNote someoneElse = SdrContextNote.render(salesforceLead("00Q5g00000ZzZzZZZZ"),
                SdrContextSummary.of(List.of(), Optional.empty()), ZoneOffset.UTC);

        assertThat(after.idempotencyKey()).isEqualTo(before.idempotencyKey());
        assertThat(someoneElse.idempotencyKey()).isNotEqualTo(before.idempotencyKey());
    }

    private static Touch touch(String id, TouchChannel channel, TouchDirection direction, String at, String subject,
                               String outcome, Integer step) {
        return new Touch(new ExternalRef(CrmSystem.HUBSPOT, "engagement", id), channel, direction, Instant.parse(at),
                direction == TouchDirection.OUTBOUND ? SAM : "kim@acme.example", subject, "", Optional.ofNullable(outcome),
                Optional.ofNullable(step));
    }
}
