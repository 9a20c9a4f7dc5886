package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.LoggedTouch;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotTouchReaderTest {

    /** The batch association read's result for the first email: logged on contact 1246965. */
    private static final String FIRST_EMAIL_ON_KIM = """
                [{"from": {"id": "88120455401"},
                  "to": [{"toObjectId": "1246965", "associationTypes": [
                      {"category": "HUBSPOT_DEFINED", "typeId": 198, "label": null}]}]}]""";
    private static final String SEARCH = "/crm/objects/2026-03/emails/search";
    private static final String ASSOCIATIONS = "/crm/associations/2026-03/emails/contacts/batch/read";
    private static final String EMAILS = """
            {"total": 2, "results": [
              {"id": "88120455401", "archived": false,
               "createdAt": "2026-11-25T09:14:04.001Z", "updatedAt": "2026-11-25T09:14:05.250Z",
               "properties": {"hs_timestamp": "2026-11-25T09:14:03.512Z",
                              "hs_lastmodifieddate": "2026-11-25T09:14:05.250Z",
                              "hs_email_subject": "Intro: Leadbridge for Acme", "hs_email_text": "Hi Kim,",
                              "hs_email_direction": "EMAIL", "hs_email_status": "SENT",
                              "hs_email_headers": "{\\"from\\":{\\"email\\":\\"sam.sdr@example.com\\"}}"}},
              {"id": "88120455402", "archived": false,
               "createdAt": "2026-11-25T09:20:00Z", "updatedAt": "2026-11-25T09:20:01Z",
               "properties": {"hs_timestamp": "2026-11-25T09:20:00Z", "hs_email_direction": "EMAIL",
                              "hs_email_subject": "Internal: pipeline review"}}
            ]}""";

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void readsEmailsModifiedSinceOldestFirstEachWithTheContactsItIsLoggedOn() {
        hubspot.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(EMAILS)));
        associationsAnswer(FIRST_EMAIL_ON_KIM, """
                [{"status": "error", "category": "OBJECT_NOT_FOUND",
                  "message": "No contacts is associated with email 88120455402.",
                  "context": {"fromObjectId": ["88120455402"]}}]""");

        List<LoggedTouch> touches = reader().modifiedSince(CrmObjectType.EMAILS,
                Instant.parse("2026-11-25T09:00:00Z"), 100);

        assertThat(touches).hasSize(2);
        assertThat(touches.get(0)).isEqualTo(new LoggedTouch(new Touch(
                new ExternalRef(CrmSystem.HUBSPOT, "email", "88120455401"), Touch.TouchChannel.EMAIL,
                Touch.TouchDirection.OUTBOUND, Instant.parse("2026-11-25T09:14:03.512Z"), "sam.sdr@example.com",
                "Intro: Leadbridge for Acme", "Hi Kim,", Optional.of("sent"), Optional.empty()),
                List.of(new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965")), Optional.empty(),
                Instant.parse("2026-11-25T09:14:05.250Z")));
        assertThat(touches.get(1).people()).as("an email logged on no contact").isEmpty();
        hubspot.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(equalToJson("""
                {"filterGroups": [{"filters": [{"propertyName": "hs_lastmodifieddate", "operator": "GTE",
                                                "value": "1795597200000"}]}],
                 "sorts": [{"propertyName": "hs_lastmodifieddate", "direction": "ASCENDING"}],
                 "properties": ["hs_timestamp", "hs_lastmodifieddate", "hs_email_subject", "hs_email_text",
                                "hs_email_direction", "hs_email_status", "hs_email_headers"],
                 "limit": 100}""")));
        hubspot.verify(1, postRequestedFor(urlPathEqualTo(ASSOCIATIONS)).withRequestBody(equalToJson("""
                {"inputs": [{"id": "88120455401"}, {"id": "88120455402"}]}""")));
    }

    @Test
    void anAssociationReadThatFailsForOneEmailFailsThePageInsteadOfLeavingItOnNobody() {
        hubspot.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(EMAILS)));
        associationsAnswer("[]", """
                [{"status": "error", "category": "INTERNAL_ERROR", "message": "try again",
                  "context": {"fromObjectId": ["88120455401"]}}]""");

        assertThatThrownBy(() -> reader().modifiedSince(CrmObjectType.EMAILS, Instant.parse("2026-11-25T09:00:00Z"), 100))
                .isInstanceOfSatisfying(SyncFailureException.class, e -> assertThat(e.failure())
                        .isInstanceOf(SyncFailure.Retriable.class).extracting(SyncFailure::code)
                        .isEqualTo("INTERNAL_ERROR"));
    }

    @Test
    void anEmailModifiedWithinTheSearchLagIsLeftForALaterReadWithoutReadingItsContacts() {
        hubspot.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson(EMAILS)));
        associationsAnswer(FIRST_EMAIL_ON_KIM, "[]");
        Clock justAfterTheFirst = Clock.fixed(Instant.parse("2026-11-25T09:14:15.250Z"), ZoneOffset.UTC);
        HubSpotTouchReader lagging = new HubSpotTouchReader(new HubSpotClient(HttpClient.newHttpClient(),
                URI.create(hubspot.baseUrl()), TOKEN, "2026-03", Duration.ofSeconds(5)),
                new SearchLag(Duration.ofSeconds(10), justAfterTheFirst));

        List<LoggedTouch> touches = lagging.modifiedSince(CrmObjectType.EMAILS, Instant.parse("2026-11-25T09:00:00Z"),
                100);

        assertThat(touches).extracting(touch -> touch.touch().source().id()).containsExactly("88120455401");
        hubspot.verify(1, postRequestedFor(urlPathEqualTo(ASSOCIATIONS)).withRequestBody(equalToJson("""
                {"inputs": [{"id": "88120455401"}]}""")));
    }

    @Test
    void anEmptyPageCostsOneSearchAndOnlyEmailsAndCallsAreRead() {
        hubspot.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(okJson("{\"total\": 0, \"results\": []}")));

        assertThat(reader().modifiedSince(CrmObjectType.EMAILS, Instant.parse("2026-11-25T09:00:00Z"), 100)).isEmpty();
        assertThatThrownBy(() -> reader().modifiedSince(CrmObjectType.CONTACTS, Instant.EPOCH, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EMAILS, CALLS, MEETINGS, NOTES or TASKS");
        hubspot.verify(0, postRequestedFor(urlPathEqualTo(ASSOCIATIONS)));
    }

    /** A 207 multi-status batch association read with one error, as HubSpot sends it. */
    private static void associationsAnswer(String results, String errors) {
        hubspot.stubFor(post(urlPathEqualTo(ASSOCIATIONS)).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status": "COMPLETE", "startedAt": "2026-11-25T09:30:00Z",
                         "completedAt": "2026-11-25T09:30:00.100Z", "numErrors": 1,
                         "results": %s, "errors": %s}""".formatted(results, errors))));
    }

    private static HubSpotTouchReader reader() {
        return new HubSpotTouchReader(new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                TOKEN, "2026-03", Duration.ofSeconds(5)));
    }
}
