package io.leadbridge.app.contract;

import io.leadbridge.hubspot.support.HubSpotPeopleContract;
import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotEmulatorOptions;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The people contract against the HubSpot adapter talking REST to a running {@link HubSpotEmulator} with an empty
 * portal, started per test on a free port, with the emulator's default limits (190 calls per 10 seconds, 5 searches
 * per second). The adapter sends the emulator's private-app token. Adapter and emulator share one clock, so each
 * write the contract spaces out with {@code letTimePass()} gets its own {@code lastmodifieddate}.
 */
class HubSpotPeopleContractOnEmulatorTest extends HubSpotPeopleContract {

    private HubSpotEmulator emulator;

    @BeforeEach
    void startEmptyPortal() {
        emulator = HubSpotEmulator.start(HubSpotEmulatorOptions.builder().port(0).clock(clock).build());
        connect(URI.create(emulator.baseUrl()), HubSpotEmulatorOptions.DEFAULT_ACCESS_TOKEN);
    }

    @AfterEach
    void stopPortal() {
        emulator.close();
    }
}
