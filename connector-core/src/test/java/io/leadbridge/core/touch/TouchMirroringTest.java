package io.leadbridge.core.touch;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.model.Touch.TouchChannel;
import io.leadbridge.core.model.Touch.TouchDirection;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchMirroringTest {

    private static final ExternalRef HUBSPOT_CALL = new ExternalRef(CrmSystem.HUBSPOT, "call", "40912");
    private static final ExternalRef SALESFORCE_TASK = new ExternalRef(CrmSystem.SALESFORCE, "Task",
            "00T5g00000XyZaBCDE");
    private static final ExternalRef KIM_IN_SALESFORCE = salesforceLead("00Q5g00000AbCdEFGH");
    private static final Instant AT = Instant.parse("2025-03-04T14:10:00Z");

    private final TouchMirroring mirroring = new TouchMirroring();

    private final Touch call = new Touch(HUBSPOT_CALL, TouchChannel.CALL, TouchDirection.OUTBOUND, AT,
            "sam.sdr@leadbridge.example", "Intro call", "Talked about their Q3 rollout; send pricing.",
            Optional.of("Connected"), Optional.of(2));

    @Test
    void aCallLoggedInHubSpotIsMirroredOntoThePersonsSalesforceRecord() {
        MirrorDecision decision = mirroring.decide(call, Optional.empty(), Optional.of(KIM_IN_SALESFORCE));

        assertThat(decision).isInstanceOfSatisfying(MirrorDecision.Mirror.class, m -> {
            MirroredActivity activity = m.activity();
            assertThat(activity.targetPerson()).isEqualTo(KIM_IN_SALESFORCE);
            assertThat(activity.sourceTouch()).isEqualTo(HUBSPOT_CALL);
            assertThat(activity.channel()).isEqualTo(TouchChannel.CALL);
            assertThat(activity.subject()).isEqualTo("Intro call");
            assertThat(activity.bodyExcerpt()).isEqualTo("Talked about their Q3 rollout; send pricing.");
            assertThat(activity.occurredAt()).isEqualTo(AT);
            assertThat(activity.outcome()).contains("Connected");
            assertThat(activity.cadenceStep()).contains(2);
            assertThat(m.reason()).isEqualTo("touch: call logged in HUBSPOT as HUBSPOT:call:40912 is mirrored onto "
                    + "SALESFORCE:Lead:00Q5g00000AbCdEFGH");
        });
    }

    @Test
    void aRetryOrARedeliveryOfTheSameTouchGetsTheSameKeyAndAnotherTouchAnotherKey() {
        String first = mirrored(call).idempotencyKey();
        String redelivered = mirrored(new Touch(HUBSPOT_CALL, TouchChannel.CALL, TouchDirection.OUTBOUND, AT,
                "sam.sdr@leadbridge.example", "Intro call (edited)", "", Optional.empty(), Optional.empty()))
                .idempotencyKey();
        String other = mirrored(new Touch(new ExternalRef(CrmSystem.HUBSPOT, "call", "40913"), TouchChannel.CALL,
                TouchDirection.OUTBOUND, AT, "", "", "", Optional.empty(), Optional.empty())).idempotencyKey();

        assertThat(redelivered).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).startsWith("lb1-").hasSize(44).doesNotContain("40912");
    }

    @Test
    void ourOwnMirrorComingBackFromSalesforceIsNeverMirroredBack() {
        Touch mirrorInSalesforce = new Touch(SALESFORCE_TASK, TouchChannel.CALL, TouchDirection.OUTBOUND, AT,
                "sam.sdr@leadbridge.example", "Intro call", "", Optional.of("Connected"), Optional.empty());
        String keyWeWrote = IdempotencyKeys.mirrorOf(HUBSPOT_CALL, CrmSystem.SALESFORCE);

        MirrorDecision decision = mirroring.decide(mirrorInSalesforce, Optional.of(keyWeWrote),
                Optional.of(hubspotContact("512")));

        assertThat(decision).isEqualTo(new MirrorDecision.Skip("echo: SALESFORCE:Task:00T5g00000XyZaBCDE is "
                + "Leadbridge's own mirror of a HUBSPOT touch, so it is not mirrored back"));
    }

    @Test
    void aMeetingsMirrorEndsWhenTheMeetingEndsAndAnEndBeforeTheStartIsIgnored() {
        ExternalRef meeting = new ExternalRef(CrmSystem.HUBSPOT, "meeting", "40913");
        Touch demo = new Touch(meeting, TouchChannel.MEETING, TouchDirection.OUTBOUND, AT, "", "Demo", "",
                Optional.empty(), Optional.empty(), Optional.of(AT.plusSeconds(2700)));
        Touch endBeforeStart = new Touch(meeting, TouchChannel.MEETING, TouchDirection.OUTBOUND, AT, "", "Demo", "",
                Optional.empty(), Optional.empty(), Optional.of(AT.minusSeconds(60)));

        assertThat(mirrored(demo).endsAt()).contains(AT.plusSeconds(2700));
        assertThat(endBeforeStart.endsAt()).isEmpty();
        assertThat(mirrored(call).endsAt()).isEmpty();
    }

    @Test
    void aTouchOnAPersonNotYetInTheOtherCrmWaits() {
        assertThat(mirroring.decide(call, Optional.empty(), Optional.empty())).isEqualTo(new MirrorDecision.Wait(
                "the person has no SALESFORCE record yet; the touch is mirrored once they have one"));
    }

    @Test
    void aTouchWithoutSubjectGetsOneNamingItsChannel() {
        Touch reply = new Touch(SALESFORCE_TASK, TouchChannel.EMAIL, TouchDirection.INBOUND, AT, "", " ", "Sounds good",
                Optional.empty(), Optional.empty());
        Touch linkedIn = new Touch(SALESFORCE_TASK, TouchChannel.LINKEDIN, TouchDirection.OUTBOUND, AT, "", "", "",
                Optional.empty(), Optional.empty());

        assertThat(mirroredInHubSpot(reply).subject()).isEqualTo("Email from the prospect");
        assertThat(mirroredInHubSpot(linkedIn).subject()).isEqualTo("LinkedIn step");
    }

    @Test
    void refusesATargetInTheSameCrmAsTheTouch() {
        assertThatThrownBy(() -> mirroring.decide(call, Optional.empty(), Optional.of(hubspotContact("512"))))
                .hasMessageContaining("targetPerson must be a SALESFORCE record");
        assertThatThrownBy(() -> IdempotencyKeys.mirrorOf(HUBSPOT_CALL, CrmSystem.HUBSPOT))
                .hasMessageContaining("mirrored into the other CRM");
    }

    private MirroredActivity mirrored(Touch touch) {
        return ((MirrorDecision.Mirror) mirroring.decide(touch, Optional.empty(), Optional.of(KIM_IN_SALESFORCE)))
                .activity();
    }

    private MirroredActivity mirroredInHubSpot(Touch touch) {
        return ((MirrorDecision.Mirror) mirroring.decide(touch, Optional.empty(), Optional.of(hubspotContact("512"))))
                .activity();
    }
}
