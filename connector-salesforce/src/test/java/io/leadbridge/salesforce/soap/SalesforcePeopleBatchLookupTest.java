package io.leadbridge.salesforce.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SoapResponses.lead;
import static io.leadbridge.salesforce.support.SoapResponses.queryDone;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.salesforce.soql.LookupQueries;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A batch of emails costs one Lead and one Contact query per IN list, escaped, and answers per email. */
class SalesforcePeopleBatchLookupTest {

    private static final String QUERY_STRING = operation("query") + "/*[local-name()='queryString']/text()";
    private static final Instant MONDAY = Instant.parse("2025-06-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-06-03T09:00:00Z");

    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();
    private SalesforcePeopleLookup lookup;

    @BeforeEach
    void connect() {
        lookup = new SalesforcePeopleLookup(new SalesforceSession(TestSettings.staticToken(wm.baseUrl()),
                AccessTokenSource.fixed(TestSettings.STATIC_TOKEN)));
    }

    @Test
    void leadsAndContactsOfSeveralEmailsComeBackPerEmailFromTwoQueries() {
        wm.stubFor(soapCall("query").withRequestBody(matchingXPath(QUERY_STRING, containing("FROM Lead")))
                .willReturn(soapResponse(queryDone(List.of(lead("00Q000000000002AAA", TUESDAY, "Kim@Acme.example",
                        "Larsen"), convertedLead("00Q000000000001AAA", MONDAY, "kim@acme.example",
                        "003000000000009AAA"))))));
        wm.stubFor(soapCall("query").withRequestBody(matchingXPath(QUERY_STRING, containing("FROM Contact")))
                .willReturn(soapResponse(queryDone(List.of(contact("003000000000009AAA", MONDAY, "ANN@acme.example"))))));

        Map<String, List<PersonCandidate>> found = lookup.findByEmails(
                new LinkedHashSet<>(List.of("kim@acme.example", "ann@acme.example", "nobody@acme.example")));

        assertThat(found.get("kim@acme.example")).containsExactly(
                PersonCandidate.of(ref("Lead", "00Q000000000002AAA"), TUESDAY),
                new PersonCandidate(ref("Lead", "00Q000000000001AAA"), MONDAY,
                        Optional.of(ref("Contact", "003000000000009AAA"))));
        assertThat(found.get("ann@acme.example")).containsExactly(
                PersonCandidate.of(ref("Contact", "003000000000009AAA"), MONDAY));
        assertThat(found.get("nobody@acme.example")).isEmpty();
        wm.verify(2, soapRequest("query"));
    }

    @Test
    void hostileEmailsStayLiteralsInsideTheInList() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of()))));

        lookup.findByEmails(new LinkedHashSet<>(List.of("x' or email != 'y@example.com", "evil\\' or name like '%")));

        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(QUERY_STRING, equalTo(
                "SELECT Id, Email, SystemModstamp, IsConverted, ConvertedContactId FROM Lead WHERE Email IN"
                        + " ('x\\' or email != \\'y@example.com', 'evil\\\\\\' or name like \\'%')"
                        + " ORDER BY SystemModstamp DESC, Id"))));
        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(QUERY_STRING, equalTo(
                "SELECT Id, Email, SystemModstamp FROM Contact WHERE Email IN"
                        + " ('x\\' or email != \\'y@example.com', 'evil\\\\\\' or name like \\'%')"
                        + " ORDER BY SystemModstamp DESC, Id"))));
    }

    @Test
    void twoHundredAndFiftyEmailsTakeTwoListsOfEachObject() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of()))));
        Set<String> emails = IntStream.range(0, 250).mapToObj(i -> "p" + i + "@acme.example")
                .collect(Collectors.toCollection(LinkedHashSet::new));

        Map<String, List<PersonCandidate>> found = lookup.findByEmails(emails);

        assertThat(found).hasSize(250).allSatisfy((email, matches) -> assertThat(matches).isEmpty());
        wm.verify(4, soapRequest("query"));
    }

    @Test
    void eachEmailKeepsTheTenMostRecentlyModifiedLeadsAsItsOwnQueryWould() {
        List<String> leads = IntStream.range(0, 12).mapToObj(i -> lead(String.format("00Q0000000000%02dAAA", i),
                MONDAY.plusSeconds(i), "kim@acme.example", "Larsen")).toList();
        wm.stubFor(soapCall("query").withRequestBody(matchingXPath(QUERY_STRING, containing("FROM Lead")))
                .willReturn(soapResponse(queryDone(leads))));
        wm.stubFor(soapCall("query").withRequestBody(matchingXPath(QUERY_STRING, containing("FROM Contact")))
                .willReturn(soapResponse(queryDone(List.of()))));

        List<PersonCandidate> kim = lookup.findByEmails(Set.of("kim@acme.example")).get("kim@acme.example");

        assertThat(kim).hasSize(10).first().isEqualTo(PersonCandidate.of(ref("Lead", "00Q000000000011AAA"),
                MONDAY.plusSeconds(11)));
        assertThat(kim).extracting(c -> c.ref().id()).doesNotContain("00Q000000000000AAA", "00Q000000000001AAA");
    }

    @Test
    void inListsStayUnderSalesforcesWhereClauseLimit() {
        List<String> longEmails = IntStream.range(0, 200).mapToObj(i -> "a".repeat(60) + i + "@acme.example").toList();

        List<List<String>> chunks = LookupQueries.inListChunks(longEmails);

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks.stream().mapToInt(List::size).sum()).isEqualTo(200);
        assertThat(chunks).allSatisfy(chunk -> assertThat(LookupQueries.contactsByEmails(chunk))
                .matches(soql -> soql.substring(soql.indexOf("IN ("), soql.indexOf(" ORDER BY")).length() <= 3_800));
    }

    private static ExternalRef ref(String type, String id) {
        return new ExternalRef(CrmSystem.SALESFORCE, type, id);
    }

    private static String convertedLead(String id, Instant modstamp, String email, String contactId) {
        return "<records xsi:type=\"sf:sObject\"><sf:type>Lead</sf:type><sf:Id>" + id + "</sf:Id><sf:Id>" + id
                + "</sf:Id><sf:Email>" + email + "</sf:Email><sf:SystemModstamp>" + modstamp + "</sf:SystemModstamp>"
                + "<sf:IsConverted>true</sf:IsConverted><sf:ConvertedContactId>" + contactId
                + "</sf:ConvertedContactId></records>";
    }

    private static String contact(String id, Instant modstamp, String email) {
        return "<records xsi:type=\"sf:sObject\"><sf:type>Contact</sf:type><sf:Id>" + id + "</sf:Id><sf:Id>" + id
                + "</sf:Id><sf:Email>" + email + "</sf:Email><sf:SystemModstamp>" + modstamp
                + "</sf:SystemModstamp></records>";
    }
}
