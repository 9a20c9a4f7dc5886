package io.leadbridge.salesforce;

import static io.leadbridge.salesforce.support.SharedSpecs.soapFixture;
import static io.leadbridge.salesforce.support.SoapResponses.queryDone;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapFault;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.salesforce.soap.Lookups;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The daily-API share, read from the LimitInfoHeader of every response, and Salesforce's own limit fault. */
class ApiLimitsTest {

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();

    private final MutableClock clock = MutableClock.atDefaultStart();
    private SalesforceAdapter adapter;
    private Lookups lookups;

    @BeforeEach
    void halfTheAllocation() {
        adapter = SalesforceAdapter.connect(TestSettings.staticToken(wm.baseUrl()),
                new SalesforceOptions(0.5, 10_000, Optional.empty(), false, Optional.empty()), clock);
        lookups = adapter.lookups();
    }

    @Test
    void onceTheShareIsUsedCallsFailFastAsRateLimitedWithoutReachingSalesforce() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(usage(50_000))));
        lookups.leadsByEmail("ada@example.com");

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class,
                () -> lookups.leadsByEmail("grace@example.com"));

        assertThat(thrown.failure()).isInstanceOfSatisfying(SyncFailure.RateLimited.class, limited -> {
            assertThat(limited.code()).isEqualTo(ApiBudget.CODE);
            assertThat(limited.retryAfter()).isEqualTo(ApiBudget.PAUSE);
            assertThat(limited.message()).contains("50.0%").contains("50000 of 100000");
        });
        wm.verify(1, soapRequest("query"));
        assertThat(adapter.budget().lastUsage()).contains(new ApiUsage(50_000, 100_000));
    }

    @Test
    void belowTheShareEveryCallGoesThrough() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(usage(49_999))));

        lookups.leadsByEmail("ada@example.com");
        lookups.leadsByEmail("grace@example.com");

        wm.verify(2, soapRequest("query"));
    }

    @Test
    void afterThePauseOneCallProbesAndLiftsTheBlockWhenUsageHasDropped() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(usage(60_000))));
        lookups.leadsByEmail("ada@example.com");
        clock.advance(ApiBudget.PAUSE.minusSeconds(1));
        catchThrowableOfType(SyncFailureException.class, () -> lookups.leadsByEmail("ada@example.com"));
        wm.stubFor(soapCall("query").willReturn(soapResponse(usage(30_000))));

        clock.advance(Duration.ofSeconds(1));
        lookups.leadsByEmail("ada@example.com");
        lookups.leadsByEmail("ada@example.com");

        wm.verify(3, soapRequest("query"));
    }

    @Test
    void salesforcesRequestLimitFaultIsRateLimited() {
        wm.stubFor(soapCall("query").willReturn(soapFault(soapFixture("fault-request-limit.xml"))));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class,
                () -> lookups.leadsByEmail("ada@example.com"));

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.RateLimited.class);
        assertThat(thrown.failure().code()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
    }

    @Test
    void aCallLevelRowLockIsRetriable() {
        wm.stubFor(soapCall("query").willReturn(soapFault(soapFixture("fault-unable-to-lock-row.xml"))));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class,
                () -> lookups.leadsByEmail("ada@example.com"));

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(thrown.failure().code()).isEqualTo("UNABLE_TO_LOCK_ROW");
    }

    private static String usage(long used) {
        return queryDone(List.of()).replace("<current>50</current>", "<current>" + used + "</current>");
    }
}
