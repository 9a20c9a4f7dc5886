package io.leadbridge.salesforce.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsTokenSourceTest {

    private static WireMockServer wm;

    private AccessTokenSource tokens;

    @BeforeAll
    static void startWireMock() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
    }

    @AfterAll
    static void stopWireMock() {
        wm.stop();
    }

    @BeforeEach
    void newSource() {
        wm.resetAll();
        tokens = AccessTokenSource.from(TestSettings.clientCredentials("http://localhost:" + wm.port()));
    }

    @Test
    void obtainsTheTokenWithAFormEncodedClientCredentialsGrant() {
        wm.stubFor(post(urlEqualTo(SoapStubs.TOKEN_PATH)).willReturn(okJson(tokenJson("first"))));

        assertThat(tokens.current()).isEqualTo("first");

        wm.verify(postRequestedFor(urlEqualTo(SoapStubs.TOKEN_PATH))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=leadbridge-client"
                        + "&client_secret=s3cr%2Bt%2Fvalue")));
    }

    @Test
    void keepsTheTokenUntilItIsRefreshed() {
        wm.stubFor(post(urlEqualTo(SoapStubs.TOKEN_PATH)).willReturn(okJson(tokenJson("first"))));

        tokens.current();
        tokens.current();

        wm.verify(1, postRequestedFor(urlEqualTo(SoapStubs.TOKEN_PATH)));
    }

    @Test
    void eightConcurrentRefreshesOfTheSameStaleTokenMakeOneTokenRequest() throws Exception {
        grantFirstThenRenewed();
        String stale = tokens.current();
        wm.resetRequests();

        List<String> renewed = refreshTogether(8, stale);

        assertThat(renewed).hasSize(8).containsOnly("renewed");
        wm.verify(1, postRequestedFor(urlEqualTo(SoapStubs.TOKEN_PATH)));
    }

    @Test
    void aRefreshWithATokenThatWasAlreadyReplacedReturnsTheCurrentTokenWithoutARequest() {
        grantFirstThenRenewed();
        String stale = tokens.current();
        tokens.refresh(stale);
        wm.resetRequests();

        assertThat(tokens.refresh(stale)).isEqualTo("renewed");
        wm.verify(0, postRequestedFor(urlEqualTo(SoapStubs.TOKEN_PATH)));
    }

    @Test
    void rejectedClientCredentialsArePermanentAndTheMessageHoldsNoSecret() {
        wm.stubFor(post(urlEqualTo(SoapStubs.TOKEN_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"invalid client credentials\"}")));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, tokens::current);

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Permanent.class);
        assertThat(thrown.failure().code()).isEqualTo("invalid_client");
        assertThat(thrown).hasMessageContaining("invalid client credentials")
                .hasMessageNotContaining(TestSettings.CLIENT_SECRET);
    }

    @Test
    void anUnavailableTokenEndpointIsRetriable() {
        wm.stubFor(post(urlEqualTo(SoapStubs.TOKEN_PATH)).willReturn(aResponse().withStatus(503)));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, tokens::current);

        assertThat(thrown.failure()).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(thrown.failure().code()).isEqualTo("HTTP_503");
    }

    @Test
    void aTokenResponseWithoutAnAccessTokenIsAFailure() {
        wm.stubFor(post(urlEqualTo(SoapStubs.TOKEN_PATH)).willReturn(okJson("{\"token_type\":\"Bearer\"}")));

        SyncFailureException thrown = catchThrowableOfType(SyncFailureException.class, tokens::current);

        assertThat(thrown.failure().code()).isEqualTo("INVALID_TOKEN_RESPONSE");
    }

    @Test
    void aStaticTokenIsNeverRenewed() {
        AccessTokenSource fixed = AccessTokenSource.fixed("static-token");

        assertThat(fixed.refresh("static-token")).isEqualTo("static-token");
        assertThat(fixed).hasToString("StaticAccessToken[redacted]");
    }

    private void grantFirstThenRenewed() {
        wm.stubFor(post(urlEqualTo(SoapStubs.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(okJson(tokenJson("first"))).willSetStateTo("renewed"));
        wm.stubFor(post(urlEqualTo(SoapStubs.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs("renewed")
                .willReturn(okJson(tokenJson("renewed"))));
    }

    private List<String> refreshTogether(int callers, String stale) throws Exception {
        CyclicBarrier start = new CyclicBarrier(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return tokens.refresh(stale);
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String tokenJson(String token) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\"}";
    }
}
