package io.leadbridge.salesforce.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.leadbridge.salesforce.support.SharedSpecs.soapFixture;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapFault;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static io.leadbridge.salesforce.support.SoapStubs.upsertCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.SalesforceLeadSink;
import io.leadbridge.salesforce.SalesforceSettings;
import io.leadbridge.salesforce.support.LeadWrites;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionRenewalTest {

    private static final String FIRST_TOKEN = TestSettings.sessionToken("FirstToken");
    private static final String RENEWED_TOKEN = TestSettings.sessionToken("RenewedToken");

    private static WireMockServer wm;
    private static SalesforceSettings settings;

    @BeforeAll
    static void startWireMock() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        settings = TestSettings.clientCredentials("http://localhost:" + wm.port());
    }

    @AfterAll
    static void stopWireMock() {
        wm.stop();
    }

    @BeforeEach
    void tokenEndpointGrantsAFirstThenARenewedToken() {
        wm.resetAll();
        wm.stubFor(post(urlEqualTo(SoapStubs.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(okJson(tokenJson(FIRST_TOKEN))).willSetStateTo("renewed"));
        wm.stubFor(post(urlEqualTo(SoapStubs.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs("renewed")
                .willReturn(okJson(tokenJson(RENEWED_TOKEN))));
        wm.stubFor(soapCall("upsert", FIRST_TOKEN).willReturn(soapResponse(upsertCreated(1, 10))));
    }

    @Test
    void anExpiredSessionCostsExactlyOneTokenRequestAndTheRetryCarriesTheNewToken() {
        SalesforceLeadSink sink = sink(AccessTokenSource.from(settings));
        sink.upsertPeople(List.of(contact("1")));
        firstTokenExpires();

        List<WriteResult> results = sink.upsertPeople(List.of(contact("2")));

        assertThat(results).singleElement().isInstanceOf(WriteResult.Written.class);
        wm.verify(1, postRequestedFor(urlEqualTo(SoapStubs.TOKEN_PATH)));
        wm.verify(2, postRequestedFor(urlEqualTo(SoapStubs.SOAP_PATH)));
        wm.verify(1, soapRequest("upsert", FIRST_TOKEN));
        wm.verify(1, soapRequest("upsert", RENEWED_TOKEN));
        assertThat(requestedUrlsInOrder()).containsExactly(SoapStubs.SOAP_PATH, SoapStubs.TOKEN_PATH,
                SoapStubs.SOAP_PATH);
    }

    @Test
    void laterCallsKeepUsingTheRenewedToken() {
        SalesforceLeadSink sink = sink(AccessTokenSource.from(settings));
        sink.upsertPeople(List.of(contact("1")));
        firstTokenExpires();
        sink.upsertPeople(List.of(contact("2")));
        wm.resetRequests();

        sink.upsertPeople(List.of(contact("3")));

        wm.verify(0, postRequestedFor(urlEqualTo(SoapStubs.TOKEN_PATH)));
        wm.verify(1, soapRequest("upsert", RENEWED_TOKEN));
    }

    @Test
    void eightSessionsThatAllHitTheExpiredTokenAtOnceCauseExactlyOneTokenRequest() throws Exception {
        AccessTokenSource sharedTokens = AccessTokenSource.from(settings);
        List<SalesforceLeadSink> sinks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SalesforceLeadSink sink = sink(sharedTokens);
            sink.upsertPeople(List.of(contact("warm-up-" + i)));
            sinks.add(sink);
        }
        firstTokenExpires();
        // Each call takes the token source's current token (ADR 0043): without the delay, a sink that renewed the
        // token before a slower thread sent its call let that call go out with the new token at once.
        wm.stubFor(soapCall("upsert", FIRST_TOKEN).willReturn(soapFault(soapFixture("fault-session-expired.xml"))
                .withFixedDelay(500)));

        List<WriteResult> results = runTogether(sinks);

        assertThat(results).hasSize(8).allMatch(WriteResult.Written.class::isInstance);
        wm.verify(1, postRequestedFor(urlEqualTo(SoapStubs.TOKEN_PATH)));
        wm.verify(8, soapRequest("upsert", FIRST_TOKEN));
        wm.verify(8, soapRequest("upsert", RENEWED_TOKEN));
    }

    @Test
    void aSessionStillRejectedAfterTheRefreshFailsPermanentlyWithoutAnotherRetry() {
        SalesforceLeadSink sink = sink(AccessTokenSource.from(settings));
        sink.upsertPeople(List.of(contact("1")));
        firstTokenExpires();
        wm.stubFor(soapCall("upsert", RENEWED_TOKEN).willReturn(soapFault(soapFixture("fault-session-expired.xml"))));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class,
                () -> sink.upsertPeople(List.of(contact("2"))));

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Permanent.class);
        assertThat(thrown.failure().code()).isEqualTo("INVALID_SESSION_ID");
        assertThat(thrown).hasMessageNotContaining(RENEWED_TOKEN).hasMessageNotContaining(FIRST_TOKEN);
        wm.verify(1, postRequestedFor(urlEqualTo(SoapStubs.TOKEN_PATH)));
        wm.verify(2, postRequestedFor(urlEqualTo(SoapStubs.SOAP_PATH)));
    }

    @Test
    void twoThreadsCallingOneSessionRunTheirCallsAtOnce() throws Exception {
        SalesforceSession session = new SalesforceSession(settings, AccessTokenSource.from(settings));
        CyclicBarrier bothInside = new CyclicBarrier(2);
        SoapCall<Boolean> waitForTheOther = partner -> {
            try {
                bothInside.await(10, TimeUnit.SECONDS);
                return true;
            } catch (Exception notTogether) {
                return false;
            }
        };
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> second = other.submit(() -> session.call(waitForTheOther));

            assertThat(session.call(waitForTheOther)).isTrue();
            assertThat(second.get()).isTrue();
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aConnectionIdleWhileAnotherRenewedTheTokenStartsItsNextCallWithTheRenewedToken() throws Exception {
        SalesforceSession session = new SalesforceSession(settings, AccessTokenSource.from(settings));
        SalesforceLeadSink sink = new SalesforceLeadSink(session, LeadWrites.mappings(), LeadWrites.HUBSPOT_ID_FIELD);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Runnable release = holdAConnection(session, holder);
            sink.upsertPeople(List.of(contact("1")));
            release.run();
            firstTokenExpires();
            sink.upsertPeople(List.of(contact("2")));

            Runnable releaseAgain = holdAConnection(session, holder);
            List<WriteResult> results = sink.upsertPeople(List.of(contact("3")));
            releaseAgain.run();

            assertThat(results).singleElement().isInstanceOf(WriteResult.Written.class);
            wm.verify(1, soapRequest("upsert", FIRST_TOKEN));
            wm.verify(2, soapRequest("upsert", RENEWED_TOKEN));
            wm.verify(1, postRequestedFor(urlEqualTo(SoapStubs.TOKEN_PATH)));
        } finally {
            holder.shutdownNow();
        }
    }

    /**
     * Keeps one of the session's connections in a call on {@code holder}; running the returned action ends the call
     * and waits until the connection is back with the session.
     */
    private static Runnable holdAConnection(SalesforceSession session, ExecutorService holder)
            throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Boolean> call = holder.submit(() -> session.call(partner -> {
            inside.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        return () -> {
            release.countDown();
            try {
                assertThat(call.get(10, TimeUnit.SECONDS)).isTrue();
            } catch (Exception e) {
                throw new AssertionError("the held call did not end", e);
            }
        };
    }

    /** From now on Salesforce rejects the first token and accepts the renewed one; the request log restarts. */
    private static void firstTokenExpires() {
        wm.stubFor(soapCall("upsert", FIRST_TOKEN).willReturn(soapFault(soapFixture("fault-session-expired.xml"))));
        wm.stubFor(soapCall("upsert", RENEWED_TOKEN).willReturn(soapResponse(upsertCreated(1, 11))));
        wm.resetRequests();
    }

    private static List<String> requestedUrlsInOrder() {
        List<String> urls = new ArrayList<>();
        wm.getAllServeEvents().forEach(event -> urls.add(0, event.getRequest().getUrl()));
        return urls;
    }

    private static List<WriteResult> runTogether(List<SalesforceLeadSink> sinks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(sinks.size());
        ExecutorService pool = Executors.newFixedThreadPool(sinks.size());
        try {
            List<Future<List<WriteResult>>> futures = new ArrayList<>();
            for (int i = 0; i < sinks.size(); i++) {
                SalesforceLeadSink sink = sinks.get(i);
                PersonWrite write = contact("concurrent-" + i);
                Callable<List<WriteResult>> upsert = () -> {
                    start.await();
                    return sink.upsertPeople(List.of(write));
                };
                futures.add(pool.submit(upsert));
            }
            List<WriteResult> results = new ArrayList<>();
            for (Future<List<WriteResult>> future : futures) {
                results.addAll(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SalesforceLeadSink sink(AccessTokenSource tokens) {
        return new SalesforceLeadSink(new SalesforceSession(settings, tokens), LeadWrites.mappings(),
                LeadWrites.HUBSPOT_ID_FIELD);
    }

    private static PersonWrite contact(String hubspotId) {
        return LeadWrites.newLead(hubspotId, Map.of(PersonField.EMAIL, "someone@example.com",
                PersonField.LAST_NAME, "Someone", PersonField.COMPANY, "Example Ltd"));
    }

    private static String tokenJson(String token) {
        return "{\"access_token\":\"" + token + "\",\"instance_url\":\"https://acme.my.salesforce.com\","
                + "\"id\":\"https://login.salesforce.com/id/00D5g000004AbCdEAK/0055g00000AbCdEAAV\","
                + "\"token_type\":\"Bearer\",\"issued_at\":\"1748772930000\"}";
    }
}
