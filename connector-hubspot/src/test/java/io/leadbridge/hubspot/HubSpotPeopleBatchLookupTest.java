package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.mappings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A batch of emails is read 100 at a time by {@code idProperty=email} instead of one search each. */
class HubSpotPeopleBatchLookupTest {

    private static final String READ = "/crm/objects/2026-03/contacts/batch/read";
    private static final String SEARCH = "/crm/objects/2026-03/contacts/search";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void contactsAreReadByEmailAndAnEmailNobodyHoldsMatchesNobody() {
        answerReadsWith("""
                {"id":"512","properties":{"email":"Kim@Acme.example","lastname":"Larsen","hs_object_id":"512",
                 "lastmodifieddate":"2026-01-15T10:30:00.000Z"},"createdAt":"2026-01-15T10:30:00.000Z",
                 "updatedAt":"2026-01-15T10:30:00.000Z","archived":false}""", "OBJECT_NOT_FOUND", "nobody@acme.example");

        Map<String, List<PersonCandidate>> found = lookup().findByEmails(
                new LinkedHashSet<>(List.of("kim@acme.example", "nobody@acme.example")));

        assertThat(found.get("kim@acme.example")).containsExactly(PersonCandidate.of(
                new ExternalRef(CrmSystem.HUBSPOT, "contact", "512"), Instant.parse("2026-01-15T10:30:00Z")));
        assertThat(found.get("nobody@acme.example")).isEmpty();
        hubspot.verify(1, postRequestedFor(urlEqualTo(READ + "?archived=false")).withRequestBody(equalToJson("""
                {"idProperty":"email","propertiesWithHistory":[],
                 "inputs":[{"id":"kim@acme.example"},{"id":"nobody@acme.example"}]}""", true, true)));
        hubspot.verify(0, postRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void twoHundredAndFiftyEmailsTakeThreeReads() {
        answerReadsWith("", "OBJECT_NOT_FOUND", "p0@acme.example");
        Set<String> emails = IntStream.range(0, 250).mapToObj(i -> "p" + i + "@acme.example")
                .collect(Collectors.toCollection(LinkedHashSet::new));

        assertThat(lookup().findByEmails(emails)).hasSize(250);
        hubspot.verify(3, postRequestedFor(urlEqualTo(READ + "?archived=false")));
    }

    @Test
    void anyOtherErrorFailsTheWholeLookupRatherThanReportingNoMatch() {
        answerReadsWith("", "INTERNAL_ERROR", "kim@acme.example");

        assertThatThrownBy(() -> lookup().findByEmails(Set.of("kim@acme.example")))
                .isInstanceOfSatisfying(SyncFailureException.class,
                        e -> assertThat(e.failure().code()).isEqualTo("INTERNAL_ERROR"));
    }

    /** Every batch read answers 207 with {@code results} and one error of {@code category} naming {@code id}. */
    private static void answerReadsWith(String results, String category, String id) {
        hubspot.stubFor(post(urlPathEqualTo(READ)).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"COMPLETE\",\"results\":["
                        + results + "],\"numErrors\":1,\"errors\":[{\"status\":\"error\",\"category\":\""
                        + category + "\",\"message\":\"Could not get some CONTACT objects.\",\"context\":"
                        + "{\"ids\":[\"" + id + "\"]}}],\"startedAt\":\"2026-01-15T11:02:13.402Z\","
                        + "\"completedAt\":\"2026-01-15T11:02:13.560Z\"}")));
    }

    private static HubSpotPeopleLookup lookup() {
        return new HubSpotPeopleLookup(new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                TOKEN, "2026-03", Duration.ofSeconds(5)), mappings());
    }
}
