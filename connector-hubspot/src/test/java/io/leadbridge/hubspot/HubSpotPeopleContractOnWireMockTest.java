package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.hubspot.support.HubSpotPeopleContract;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The people contract against the HubSpot adapter, with WireMock replaying a HubSpot portal for exactly the
 * contract's scenarios (responses in {@code src/test/resources/hubspot/contract/}). Requests are matched on their
 * whole JSON body: each batch upsert by its inputs in order (email as {@code idProperty}, the properties, the trace
 * ids), each search by its filter, sort, properties, limit and {@code after}. A request no stub answers gets a 500
 * and fails the test afterwards; every request is also checked against HubSpot's OpenAPI documents.
 *
 * <p>The portal as HubSpot really answers: batch upsert is all-or-nothing, so the batch holding the invalid email
 * is refused as a whole with one 400 {@code VALIDATION_ERROR} that names the property only inside its message
 * ({@code INVALID_EMAIL} on {@code email}) and not the input; the adapter splits the batch until the invalid
 * person fails alone. Ada, Grace and Linus get contact ids 1246965 to 1246967; in the read scenario they are
 * written five seconds apart from 10:15:00 ({@code lastmodifieddate} 10:15:00.412, 10:15:05.537, 10:15:10.218).
 */
class HubSpotPeopleContractOnWireMockTest extends HubSpotPeopleContract {

    private static final String UPSERT = "/crm/objects/" + API_VERSION + "/contacts/batch/upsert";
    private static final String SEARCH = "/crm/objects/" + API_VERSION + "/contacts/search";
    private static final String PROPERTIES =
            "[\"email\",\"firstname\",\"lastname\",\"jobtitle\",\"company\",\"lastmodifieddate\",\"hs_object_id\",\"hs_merged_object_ids\"]";
    private static final String ADA_MODIFIED = "1795601700412";
    private static final String LINUS_MODIFIED = "1795601710218";

    @RegisterExtension
    static final WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final UUID unrecorded = UUID.randomUUID();

    @BeforeEach
    void replayThePortal() {
        stubWrites();
        stubReads();
        wm.stubFor(any(anyUrl()).atPriority(10).withId(unrecorded).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"status\":\"error\",\"message\":\"internal error\",\"category\":\"INTERNAL_ERROR\"}")));
        connect(URI.create(wm.baseUrl()), TOKEN);
    }

    @AfterEach
    void everyRequestHadARecordedResponseAndMatchesHubSpotsOpenApiDocuments() {
        assertThat(wm.getAllServeEvents())
                .filteredOn(event -> event.getStubMapping() != null && unrecorded.equals(event.getStubMapping().getId()))
                .extracting(ServeEvent::getRequest).extracting(request -> request.getMethod() + " " + request.getUrl() + " " + request.getBodyAsString())
                .as("requests no fixture answers").isEmpty();
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(wm.getAllServeEvents());
    }

    private void stubWrites() {
        wm.stubFor(upsert(new Input(0, ADA)).inScenario("Ada").whenScenarioStateIs(STARTED)
                .willSetStateTo("Ada written").willReturn(json(200, "upsert-ada-created.json")));
        wm.stubFor(upsert(new Input(0, promoted(ADA, "Chief Scientist"))).inScenario("Ada")
                .whenScenarioStateIs("Ada written").willReturn(json(200, "upsert-ada-updated.json")));
        wm.stubFor(upsert(new Input(0, GRACE)).willReturn(json(200, "upsert-grace-created.json")));
        wm.stubFor(upsert(new Input(0, LINUS)).willReturn(json(200, "upsert-linus-created.json")));
        wm.stubFor(upsert(new Input(0, ADA), new Input(1, GRACE), new Input(2, LINUS))
                .willReturn(json(200, "upsert-ada-grace-linus-created.json")));

        // [Ada, Invalid, Grace] is refused as a whole, then its halves [Ada] and [Invalid, Grace], then [Invalid].
        wm.stubFor(upsert(new Input(0, ADA), new Input(1, INVALID), new Input(2, GRACE))
                .willReturn(json(400, "upsert-invalid-email-refused.json")));
        wm.stubFor(upsert(new Input(1, INVALID), new Input(2, GRACE))
                .willReturn(json(400, "upsert-invalid-email-refused.json")));
        wm.stubFor(upsert(new Input(1, INVALID)).willReturn(json(400, "upsert-invalid-email-refused.json")));
        wm.stubFor(upsert(new Input(2, GRACE)).willReturn(json(200, "upsert-grace-created.json")));
    }

    private void stubReads() {
        wm.stubFor(search("0", null).willReturn(json(200, "search-ada-grace-of-three.json")));
        wm.stubFor(search(ADA_MODIFIED, "1246965").willReturn(json(200, "search-grace-linus-after-ada.json")));
        wm.stubFor(search(LINUS_MODIFIED, "1246967").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8").withBody("{\"total\":0,\"results\":[]}")));
    }

    /** A batch upsert of exactly these inputs, in this order. */
    private static MappingBuilder upsert(Input... inputs) {
        List<String> bodies = new ArrayList<>();
        for (Input input : inputs) {
            bodies.add(input.json());
        }
        return post(urlEqualTo(UPSERT)).withRequestBody(equalToJson("{\"inputs\":[" + String.join(",", bodies) + "]}"));
    }

    /**
     * The first search page (two contacts) after the watermark {@code sinceMillis} / {@code sinceId}: from the start of
     * {@code sinceMillis} when {@code sinceId} is null.
     */
    private static MappingBuilder search(String sinceMillis, String sinceId) {
        String groups = sinceId == null
                ? """
                [{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"%s"}]}]""".formatted(sinceMillis)
                : """
                [{"filters":[{"propertyName":"lastmodifieddate","operator":"GT","value":"%1$s"}]},
                 {"filters":[{"propertyName":"lastmodifieddate","operator":"EQ","value":"%1$s"},
                             {"propertyName":"hs_object_id","operator":"GT","value":"%2$s"}]}]"""
                        .formatted(sinceMillis, sinceId);
        String body = """
                {"filterGroups":%s,"sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],
                 "properties":%s,"limit":2}""".formatted(groups, PROPERTIES);
        return post(urlEqualTo(SEARCH)).withRequestBody(equalToJson(body));
    }

    private static ResponseDefinitionBuilder json(int status, String fixture) {
        String body = body("contract/" + fixture);
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8")
                .withHeader("X-HubSpot-Correlation-Id", "9d2c6f1a-4b7e-4f30-8a1d-3e5b7c9f0a24").withBody(body);
    }

    private static Person promoted(Person person, String title) {
        Person.Builder builder = Person.builder();
        person.values().forEach(builder::with);
        return builder.with(PersonField.TITLE, title).build();
    }

    /** One upsert input: the person at {@code position} of the sink's batch, upserted on its email. */
    private record Input(int position, Person person) {

        String json() {
            String email = person.email().orElseThrow();
            return """
                    {"id":"%s","idProperty":"email","objectWriteTraceId":"leadbridge-%d",
                     "properties":{"email":"%s","firstname":"%s","lastname":"%s","company":"%s","jobtitle":"%s"}}"""
                    .formatted(email, position, email, value(PersonField.FIRST_NAME), value(PersonField.LAST_NAME),
                            value(PersonField.COMPANY), value(PersonField.TITLE));
        }

        private String value(PersonField field) {
            return person.get(field).orElseThrow();
        }
    }
}
