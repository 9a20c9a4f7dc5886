package io.leadbridge.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadbridge.hubspot.HubSpotFixtures.TOKEN;
import static io.leadbridge.hubspot.HubSpotFixtures.body;
import static io.leadbridge.hubspot.HubSpotFixtures.contact;
import static io.leadbridge.hubspot.HubSpotFixtures.mappings;
import static io.leadbridge.hubspot.HubSpotFixtures.searchPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.hubspot.client.HubSpotClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import io.leadbridge.core.engine.ChangeIngestor;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import io.leadbridge.core.testing.InMemoryWatermarkStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class HubSpotContactSourceTest {

    private static final String SEARCH = "/crm/objects/2026-03/contacts/search";
    private static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");
    private static final Watermark TEN_O_CLOCK = new Watermark(Instant.parse("2026-01-15T10:00:00Z"), "1200000");

    private static final SearchPages SEARCH_PAGES = new SearchPages();
    private static final Watermark BEFORE_ALL = new Watermark(Instant.parse("2026-01-15T10:00:00Z"), "1");
    private static final ExecutorService PAGES = Executors.newCachedThreadPool();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static WireMockExtension hubspot = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(SEARCH_PAGES)).build();

    @AfterEach
    void everyRequestMatchesHubSpotsOpenApiDocuments() {
        HubSpotSpecs.assertRecordedRequestsMatchTheSpecs(hubspot.getAllServeEvents());
    }

    @Test
    void servesTheHubSpotContactsStream() {
        HubSpotContactSource source = source("2026-03");

        assertThat(source.system()).isEqualTo(CrmSystem.HUBSPOT);
        assertThat(source.streams()).containsExactly(CONTACTS);
    }

    @Test
    void searchesContactsModifiedSinceTheWatermarkOldestFirstWithEveryMappedProperty() {
        stubRecordedPages();

        source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 10);

        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson(body("contacts/search-request-page-1.json"), false, false)));
        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH))
                .withRequestBody(equalToJson(body("contacts/search-request-page-2.json"), false, false)));
    }

    @Test
    void mapsEachContactToACanonicalPersonThroughTheFieldMapping() {
        stubRecordedPages();

        ChangeEvent jane = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 10).events().get(0);

        Instant modified = Instant.parse("2026-01-15T10:30:00.000Z");
        assertThat(jane.ref()).isEqualTo(new ExternalRef(CrmSystem.HUBSPOT, "contact", "1246965"));
        assertThat(jane.kind()).isEqualTo(ChangeKind.UPSERT);
        assertThat(jane.modifiedAt()).isEqualTo(modified);
        assertThat(jane.person()).contains(Person.builder()
                .with(PersonField.EMAIL, "jane.doe@acme-logistics.example")
                .with(PersonField.FIRST_NAME, "Jane")
                .with(PersonField.LAST_NAME, "Doe")
                .with(PersonField.PHONE, "+1 617 555 0142")
                .with(PersonField.COMPANY, "Acme Logistics")
                .with(PersonField.LIFECYCLE_STAGE, "marketingqualifiedlead")
                .with(PersonField.LEAD_STATUS, "NEW")
                .build());
        assertThat(jane.stream()).contains(
                new ChangeEvent.StreamPosition(CONTACTS, new Watermark(modified, "1246965")));
    }

    @Test
    void leavesFieldsWithoutAValueInHubSpotOutOfThePerson() {
        stubRecordedPages();

        ChangeEvent ryan = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 10).events().get(1);

        assertThat(ryan.ref().id()).isEqualTo("1246978");
        assertThat(ryan.person().orElseThrow().values()).containsOnlyKeys(PersonField.EMAIL,
                PersonField.FIRST_NAME, PersonField.LAST_NAME, PersonField.COMPANY, PersonField.LIFECYCLE_STAGE);
    }

    @Test
    void followsHubSpotPagesUntilTheLastOne() {
        stubRecordedPages();

        ChangePage page = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 10);

        assertThat(ids(page)).containsExactly("1246965", "1246978", "1247103", "1251377", "1251390");
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2026-01-15T12:05:19.004Z"), "1251390"));
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void leavesTheNewestMillisecondReadForTheNextCallWhileHubSpotHasMorePages() {
        stubRecordedPages();

        ChangePage page = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 4);

        assertThat(ids(page)).containsExactly("1246965", "1246978", "1247103");
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2026-01-15T11:02:45.901Z"), "1247103"));
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void leavesContactsModifiedWithinTheSearchLagAndEverythingAfterThemForALaterRead() {
        stubRecordedPages();
        Instant tenSecondsAfterTheThird = Instant.parse("2026-01-15T11:02:55.901Z");
        HubSpotContactSource lagging = source("2026-03", new SearchLag(Duration.ofSeconds(10),
                Clock.fixed(tenSecondsAfterTheThird, ZoneOffset.UTC)));

        ChangePage page = lagging.readChanges(CONTACTS, TEN_O_CLOCK, 10);

        assertThat(ids(page)).as("the third was modified exactly at the cutoff").containsExactly("1246965",
                "1246978", "1247103");
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2026-01-15T11:02:45.901Z"), "1247103"));
        assertThat(page.hasMore()).as("the rest is newer than the cutoff").isFalse();
        hubspot.verify(0, postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(matchingJsonPath("$.after")));

        HubSpotContactSource later = source("2026-03", new SearchLag(Duration.ofSeconds(10),
                Clock.fixed(Instant.parse("2026-01-15T13:00:00Z"), ZoneOffset.UTC)));
        assertThat(ids(later.readChanges(CONTACTS, page.next(), 10))).containsExactly("1251377", "1251390");
    }

    @Test
    void aSearchLagOutsideZeroToFiveMinutesIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> new SearchLag(Duration.ofSeconds(-1), Clock.systemUTC()))
                .hasMessageContaining("connector.hubspot.search-lag");
        assertThatThrownBy(() -> new SearchLag(Duration.ofMinutes(6), Clock.systemUTC()))
                .hasMessageContaining("connector.hubspot.search-lag").hasMessageContaining("5m");
    }

    @Test
    void dropsContactsAtOrBeforeTheWatermark() {
        stubRecordedPages();
        Watermark afterRyan = new Watermark(Instant.parse("2026-01-15T10:31:12.345Z"), "1246978");

        ChangePage page = source("2026-03").readChanges(CONTACTS, afterRyan, 10);

        assertThat(ids(page)).containsExactly("1247103", "1251377", "1251390");
    }

    @Test
    void returnsContactsModifiedInTheSameMillisecondInWatermarkOrder() {
        String sameMillisecond = "2026-01-15T10:45:00.500Z";
        hubspot.stubFor(post(SEARCH).willReturn(okJson(searchPage(null,
                contact("98812", sameMillisecond), contact("1247001", sameMillisecond),
                contact("1246999", sameMillisecond)))));

        ChangePage page = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 10);

        assertThat(positions(page)).containsExactlyElementsOf(inWatermarkOrder(Instant.parse(sameMillisecond),
                "98812", "1247001", "1246999"));
    }

    @Test
    void dropsSameMillisecondContactsAtOrBeforeTheWatermarkInWatermarkOrder() {
        Instant sameMillisecond = Instant.parse("2026-01-15T10:45:00.500Z");
        hubspot.stubFor(post(SEARCH).willReturn(okJson(searchPage(null,
                contact("98812", sameMillisecond.toString()), contact("1247001", sameMillisecond.toString()),
                contact("1246999", sameMillisecond.toString())))));
        Watermark since = new Watermark(sameMillisecond, "1246999");

        ChangePage page = source("2026-03").readChanges(CONTACTS, since, 10);

        List<Watermark> expected = inWatermarkOrder(sameMillisecond, "98812", "1247001", "1246999").stream()
                .filter(position -> position.isAfter(since))
                .toList();
        assertThat(expected).as("ids after the watermark in any id order").isNotEmpty();
        assertThat(positions(page)).containsExactlyElementsOf(expected);
    }

    @Test
    void neverPassesOverASameMillisecondContactThatHubSpotPutOnTheNextPage() {
        String first = "2026-01-15T10:10:00.000Z";
        String tied = "2026-01-15T10:20:00.000Z";
        hubspot.stubFor(post(SEARCH).atPriority(5).willReturn(okJson(searchPage("2",
                contact("1246001", first), contact("1247103", tied)))));
        hubspot.stubFor(post(SEARCH).atPriority(1).withRequestBody(matchingJsonPath("$.after", equalTo("2")))
                .willReturn(okJson(searchPage(null,
                        contact("1247099", tied), contact("1248000", "2026-01-15T10:30:00.000Z")))));

        ChangePage onePage = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 2);
        ChangePage bothPages = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 3);

        assertThat(ids(onePage)).containsExactly("1246001");
        assertThat(onePage.hasMore()).isTrue();
        assertThat(ids(bothPages)).containsExactly("1246001", "1247099", "1247103");
        assertThat(bothPages.hasMore()).isTrue();
        assertThat(bothPages.next()).isEqualTo(new Watermark(Instant.parse(tied), "1247103"));
    }

    @Test
    void readsOnWhenAWholePageIsAlreadyBehindTheWatermark() {
        String seen = "2026-01-15T10:10:00.000Z";
        hubspot.stubFor(post(SEARCH).atPriority(5).willReturn(okJson(searchPage("2",
                contact("1246001", seen), contact("1246002", seen)))));
        hubspot.stubFor(post(SEARCH).atPriority(1).withRequestBody(matchingJsonPath("$.after", equalTo("2")))
                .willReturn(okJson(searchPage(null, contact("1246003", "2026-01-15T10:11:00.000Z")))));
        Watermark since = new Watermark(Instant.parse(seen), "1246002");

        ChangePage page = source("2026-03").readChanges(CONTACTS, since, 2);

        assertThat(ids(page)).containsExactly("1246003");
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void returnsTheGivenWatermarkWhenNothingChanged() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson(searchPage(null))));

        ChangePage page = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 10);

        assertThat(page.events()).isEmpty();
        assertThat(page.next()).isEqualTo(TEN_O_CLOCK);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void acceptsEpochMillisecondModificationTimesAndFallsBackToUpdatedAt() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson("""
                {"total":2,"results":[
                  {"id":"501","properties":{"email":"a@example.com","lastmodifieddate":"1768472100000"},
                   "createdAt":"2025-06-01T08:00:00Z","updatedAt":"2026-01-15T10:15:00.000Z","archived":false},
                  {"id":"502","properties":{"email":"b@example.com","lastmodifieddate":null},
                   "createdAt":"2025-06-01T08:00:00Z","updatedAt":"2026-01-15T10:16:30.250Z","archived":false}]}""")));

        ChangePage page = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 10);

        assertThat(page.events()).extracting(ChangeEvent::modifiedAt).containsExactly(
                Instant.parse("2026-01-15T10:15:00Z"), Instant.parse("2026-01-15T10:16:30.250Z"));
    }

    @Test
    void skipsArchivedContacts() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson("""
                {"total":2,"results":[
                  {"id":"601","properties":{"email":"gone@example.com","lastmodifieddate":"2026-01-15T10:20:00Z"},
                   "createdAt":"2025-06-01T08:00:00Z","updatedAt":"2026-01-15T10:20:00Z","archived":true,
                   "archivedAt":"2026-01-15T10:20:00Z"},
                  {"id":"602","properties":{"email":"here@example.com","lastmodifieddate":"2026-01-15T10:21:00Z"},
                   "createdAt":"2025-06-01T08:00:00Z","updatedAt":"2026-01-15T10:21:00Z","archived":false}]}""")));

        assertThat(ids(source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 10))).containsExactly("602");
    }

    @Test
    void searchesOnTheNumericV3PathWhenConfiguredForV3() {
        hubspot.stubFor(post("/crm/v3/objects/contacts/search").willReturn(okJson(body("contacts/search-page-2.json"))));

        assertThat(ids(source("v3").readChanges(CONTACTS, TEN_O_CLOCK, 10))).containsExactly("1251390");
    }

    @Test
    void rejectsAStreamItDoesNotServe() {
        HubSpotContactSource source = source("2026-03");

        assertThatThrownBy(() -> source.readChanges(new StreamId(CrmSystem.HUBSPOT, "companies"), TEN_O_CLOCK, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.readChanges(new StreamId(CrmSystem.SALESFORCE, "contacts"), TEN_O_CLOCK, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingAThousandChangedContactsWithTheDefaultPollSettingsCostsAtMostSixCalls() {
        Instant start = Instant.parse("2026-01-15T10:00:01Z");
        List<SearchPages.Contact> changed = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            changed.add(new SearchPages.Contact(String.valueOf(3_000_000 + i), start.plusMillis(1_500L * i)));
        }
        InMemoryChangeInbox inbox = new InMemoryChangeInbox();
        int stored = pollUntilReadWithDefaultSettings(changed, inbox);

        int calls = hubspot.getAllServeEvents().size();
        System.out.printf("Reading %d changed contacts (page size 200, 5 pages per poll) took %d HubSpot calls%n",
                stored, calls);
        assertThat(stored).isEqualTo(1_000);
        assertThat(inbox.highestPosition(CONTACTS)).contains(new Watermark(start.plusMillis(1_500L * 999), "3000999"));
        assertThat(calls).isLessThanOrEqualTo(6);
    }

    @Test
    void stopsBeforeThe10000thResultAndLetsTheCallerRestartFromTheWatermarkItReached() {
        hubspot.stubFor(post(SEARCH).willReturn(okJson(searchPage("10000",
                contact("1246001", "2026-01-15T10:10:00.000Z"), contact("1246002", "2026-01-15T10:11:00.000Z")))));

        ChangePage page = source("2026-03").readChanges(CONTACTS, TEN_O_CLOCK, 20_000);

        hubspot.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
        assertThat(ids(page)).containsExactly("1246001");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse("2026-01-15T10:10:00.000Z"), "1246001"));
    }

    @Test
    void readsABulkImportOfFortyContactsPerMillisecondWithoutAskingForAnyTwice() {
        Instant start = Instant.parse("2026-01-15T10:00:01Z");
        List<SearchPages.Contact> imported = new ArrayList<>();
        Random random = new Random(42);
        for (int millisecond = 0; millisecond < 25; millisecond++) {
            List<SearchPages.Contact> tied = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                tied.add(new SearchPages.Contact(String.valueOf(4_000_000 + millisecond * 40 + i),
                        start.plusMillis(millisecond)));
            }
            Collections.shuffle(tied, random);
            imported.addAll(tied);
        }
        InMemoryChangeInbox inbox = new InMemoryChangeInbox();
        int stored = pollUntilReadWithDefaultSettings(imported, inbox);

        assertThat(stored).isEqualTo(1_000);
        assertThat(inbox.highestPosition(CONTACTS)).contains(new Watermark(start.plusMillis(24), "4000999"));
        // Each page holds back its newest millisecond; asking again for the watermark's millisecond cost 8 searches.
        assertThat(hubspot.getAllServeEvents()).hasSize(6);
    }

    @Test
    void readsAMillisecondHoldingMoreThanOneQueryCanServeInIdOrder() {
        String crowded = "2026-01-15T10:10:00.000Z";
        Watermark since = new Watermark(Instant.parse(crowded), "1246500");
        hubspot.stubFor(post(SEARCH).atPriority(5).willReturn(okJson(searchPage("10000",
                contact("1246900", crowded), contact("1246400", crowded), contact("1246700", crowded)))));
        hubspot.stubFor(post(SEARCH).atPriority(1)
                .withRequestBody(matchingJsonPath("$.sorts[0].propertyName", equalTo("hs_object_id")))
                .willReturn(okJson(searchPage("2", contact("1246501", crowded), contact("1246502", crowded)))));

        ChangePage page = source("2026-03").readChanges(CONTACTS, since, 2);

        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(equalToJson("""
                {"filterGroups":[{"filters":[
                   {"propertyName":"lastmodifieddate","operator":"EQ","value":"1768471800000"},
                   {"propertyName":"hs_object_id","operator":"GT","value":"1246500"}]}],
                 "sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],"limit":2}""", false, true)));
        assertThat(ids(page)).containsExactly("1246501", "1246502");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.next()).isEqualTo(new Watermark(Instant.parse(crowded), "1246502"));
    }

    @Test
    void readsThePagesAfterTheFirstSideBySideEachStartingOnTheLastContactOfThePageBefore() {
        List<SearchPages.Contact> changed = contactsEverySecond(1_200);
        serve(changed);
        AtomicInteger handedOver = new AtomicInteger();
        Executor counting = task -> {
            handedOver.incrementAndGet();
            PAGES.execute(task);
        };

        ChangePage page = source("2026-03", SearchLag.NONE, counting).readChanges(CONTACTS, BEFORE_ALL, 1_000);

        assertThat(afterOffsets()).containsExactlyInAnyOrder("", "199", "398", "597", "796");
        assertThat(handedOver).hasValue(4);
        // 996 contacts, the newest millisecond held back while HubSpot has more
        assertThat(ids(page)).containsExactlyElementsOf(idsOf(changed.subList(0, 995)));
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void searchesForTheContactsPerSearchItWasGivenAndAsksForTheRestOfTheReadInPagesOfThatSize() {
        List<SearchPages.Contact> changed = contactsEverySecond(1_200);
        serve(changed);

        ChangePage page = source("2026-03", SearchLag.NONE, 100, PAGES).readChanges(CONTACTS, BEFORE_ALL, 500);

        assertThat(afterOffsets()).containsExactlyInAnyOrder("", "99", "198", "297", "396");
        assertThat(ids(page)).containsExactlyElementsOf(idsOf(changed.subList(0, 495)));
    }

    @Test
    void asksForNoPageBeyondTheQuerysResults() {
        List<SearchPages.Contact> changed = contactsEverySecond(500);
        serve(changed);

        ChangePage page = source("2026-03", SearchLag.NONE, PAGES).readChanges(CONTACTS, BEFORE_ALL, 1_000);

        assertThat(afterOffsets()).containsExactlyInAnyOrder("", "199", "398");
        assertThat(ids(page)).containsExactlyElementsOf(idsOf(changed));
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void aPageAfterTheFirstWhoseSearchFailedEndsTheReadWithThePagesBeforeIt() {
        List<SearchPages.Contact> changed = contactsEverySecond(1_200);
        serve(changed);
        hubspot.stubFor(post(SEARCH).atPriority(1).withRequestBody(matchingJsonPath("$.after", equalTo("398")))
                .willReturn(aResponse().withStatus(500).withBody("{\"status\":\"error\",\"message\":\"internal\"}")));

        ChangePage page = source("2026-03", SearchLag.NONE, PAGES).readChanges(CONTACTS, BEFORE_ALL, 1_000);

        // pages at 0 and 199 hold 399 contacts; the newest is held back while HubSpot has more
        assertThat(ids(page)).containsExactlyElementsOf(idsOf(changed.subList(0, 398)));
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void endsTheReadWhereAContactMovedBetweenTwoPagesAndLosesNone() {
        List<SearchPages.Contact> changed = contactsEverySecond(1_200);
        serve(changed);
        Instant modifiedAgain = changed.get(changed.size() - 1).modifiedAt().plusSeconds(60);
        SEARCH_PAGES.modifyAfter(1, changed.get(10).id(), modifiedAgain);
        HubSpotContactSource source = source("2026-03", SearchLag.NONE, Runnable::run);

        ChangePage first = source.readChanges(CONTACTS, BEFORE_ALL, 1_000);

        assertThat(ids(first)).containsExactlyElementsOf(idsOf(changed.subList(0, 199)));
        assertThat(first.hasMore()).isTrue();

        InMemoryChangeInbox inbox = new InMemoryChangeInbox();
        ChangeIngestor ingestor = new ChangeIngestor(source, inbox, new InMemoryWatermarkStore(), 1_000, 5);
        while (ingestor.poll(CONTACTS).more()) {
            // reads on until HubSpot has no more
        }
        assertThat(inbox.entries()).extracting(stored -> stored.event().ref().id())
                .containsAll(idsOf(changed)).doesNotHaveDuplicates();
        assertThat(inbox.highestPosition(CONTACTS)).contains(new Watermark(modifiedAgain, changed.get(10).id()));
    }

    /** Serves {@code contacts} and polls them into {@code inbox} (pages of 200, 5 a poll); returns how many were new. */
    private static int pollUntilReadWithDefaultSettings(List<SearchPages.Contact> contacts, InMemoryChangeInbox inbox) {
        serve(contacts);
        ChangeIngestor ingestor = new ChangeIngestor(source("2026-03"), inbox, new InMemoryWatermarkStore(), 200, 5);
        int stored = 0;
        ChangeIngestor.PollReport report;
        do {
            report = ingestor.poll(CONTACTS);
            stored += report.stored();
        } while (report.more());
        return stored;
    }

    private void stubRecordedPages() {
        hubspot.stubFor(post(SEARCH).atPriority(5).willReturn(okJson(body("contacts/search-page-1.json"))));
        hubspot.stubFor(post(SEARCH).atPriority(1).withRequestBody(matchingJsonPath("$.after", equalTo("4")))
                .willReturn(okJson(body("contacts/search-page-2.json"))));
    }

    private static HubSpotContactSource source(String apiVersion) {
        return source(apiVersion, SearchLag.NONE);
    }

    private static HubSpotContactSource source(String apiVersion, SearchLag searchLag) {
        return source(apiVersion, searchLag, Runnable::run);
    }

    private static HubSpotContactSource source(String apiVersion, SearchLag searchLag, Executor pages) {
        return source(apiVersion, searchLag, 200, pages);
    }

    private static HubSpotContactSource source(String apiVersion, SearchLag searchLag, int perSearch,
                                               Executor pages) {
        HubSpotClient client = new HubSpotClient(HttpClient.newHttpClient(), URI.create(hubspot.baseUrl()),
                TOKEN, apiVersion, Duration.ofSeconds(5));
        return new HubSpotContactSource(client, mappings(), Optional.empty(), searchLag, perSearch, pages);
    }

    /** Serves {@code contacts} to every search, HubSpot's way ({@link SearchPages}). */
    private static void serve(List<SearchPages.Contact> contacts) {
        SEARCH_PAGES.load(contacts);
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withTransformers(SearchPages.NAME)));
    }

    /** Contacts 5000000 and up, one a second from ten past ten. */
    private static List<SearchPages.Contact> contactsEverySecond(int count) {
        Instant start = Instant.parse("2026-01-15T10:10:00Z");
        List<SearchPages.Contact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(new SearchPages.Contact(String.valueOf(5_000_000 + i), start.plusSeconds(i)));
        }
        return contacts;
    }

    private static List<String> idsOf(List<SearchPages.Contact> contacts) {
        return contacts.stream().map(SearchPages.Contact::id).toList();
    }

    /** The {@code after} of each search HubSpot was asked, in the order they arrived; "" for none. */
    private static List<String> afterOffsets() {
        List<String> offsets = new ArrayList<>();
        for (var served : hubspot.getAllServeEvents()) {
            var after = JSON.readTree(served.getRequest().getBodyAsString()).path("after");
            offsets.add(after.isMissingNode() ? "" : after.asString());
        }
        Collections.reverse(offsets);
        return offsets;
    }

    private static List<String> ids(ChangePage page) {
        return page.events().stream().map(event -> event.ref().id()).toList();
    }

    /** The positions of these ids at one time, sorted the way the engine's cursor compares them. */
    private static List<Watermark> inWatermarkOrder(Instant modifiedAt, String... ids) {
        return Arrays.stream(ids).map(id -> new Watermark(modifiedAt, id)).sorted().toList();
    }

    private static List<Watermark> positions(ChangePage page) {
        return page.events().stream().map(event -> event.stream().orElseThrow().position()).toList();
    }
}
