package io.leadbridge.sandbox.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.sandbox.SandboxArguments;
import io.leadbridge.sandbox.SandboxCrms;
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ActivitySimulatorTest {

    @Test
    void everyStepIsOneNewLeadOneNewMqlOrOneLoggedTouch() {
        try (SandboxCrms crms = SandboxCrms.start(
                SandboxArguments.parse("--hubspot-port=0", "--salesforce-port=0", "--seed-people=30"),
                Clock.systemUTC());
             ActivitySimulator simulator = ActivitySimulator.start(crms.hubspot(), crms.sample(), 7,
                     Clock.systemUTC(), Duration.ofHours(1))) {
            HubSpotEmulator hubspot = crms.hubspot();
            long before = activity(hubspot);

            for (int i = 0; i < 20; i++) {
                simulator.step();
            }

            assertThat(activity(hubspot) - before).isEqualTo(20);
            assertThat(hubspot.count(ObjectType.CONTACTS)).isGreaterThan(30);
        }
    }

    private static long activity(HubSpotEmulator hubspot) {
        long mqls = hubspot.records(ObjectType.CONTACTS).stream()
                .filter(r -> r.property("lifecyclestage").filter("marketingqualifiedlead"::equals).isPresent()).count();
        return hubspot.count(ObjectType.CONTACTS) + mqls + hubspot.count(ObjectType.EMAILS)
                + hubspot.count(ObjectType.CALLS);
    }
}
