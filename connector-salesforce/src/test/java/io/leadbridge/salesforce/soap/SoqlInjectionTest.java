package io.leadbridge.salesforce.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static io.leadbridge.salesforce.support.SoapResponses.queryDone;
import static io.leadbridge.salesforce.support.SoapStubs.operation;
import static io.leadbridge.salesforce.support.SoapStubs.soapCall;
import static io.leadbridge.salesforce.support.SoapStubs.soapRequest;
import static io.leadbridge.salesforce.support.SoapStubs.soapResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadbridge.salesforce.support.SoapStubs;
import io.leadbridge.salesforce.support.TestSettings;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile emails and company names reach Salesforce as one escaped literal each, never as SOQL. */
class SoqlInjectionTest {

    private static final String QUERY_STRING = operation("query") + "/*[local-name()='queryString']/text()";
    @RegisterExtension
    static final WireMockExtension wm = SoapStubs.wireMock();
    private Lookups lookups;

    @BeforeEach
    void stubEmptyAnswers() {
        wm.stubFor(soapCall("query").willReturn(soapResponse(queryDone(List.of()))));
        lookups = new Lookups(new SalesforceSession(TestSettings.staticToken(wm.baseUrl()),
                AccessTokenSource.fixed(TestSettings.STATIC_TOKEN)));
    }

    @Test
    void anEmailThatClosesTheQuoteStaysInsideTheLiteral() {
        assertThat(lookups.leadsByEmail("x' OR Email != 'y@example.com")).isEmpty();

        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(QUERY_STRING, equalTo(
                "SELECT Id, SystemModstamp FROM Lead WHERE Email = 'x\\' OR Email != \\'y@example.com'"
                        + " AND IsConverted = false ORDER BY SystemModstamp DESC, Id LIMIT 10"))));
    }

    @Test
    void aBackslashCannotUnescapeTheClosingQuote() {
        lookups.contactsByEmail("evil\\' OR Name LIKE '%");

        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(QUERY_STRING, equalTo(
                "SELECT Id, SystemModstamp FROM Contact WHERE Email = 'evil\\\\\\' OR Name LIKE \\'%'"
                        + " ORDER BY SystemModstamp DESC, Id LIMIT 10"))));
    }

    @Test
    void aCompanyNameWithWildcardsMatchesOnlyItself() {
        lookups.accountsNamedLike("%' OR Name LIKE '_");

        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(QUERY_STRING, equalTo(
                "SELECT Id, SystemModstamp FROM Account WHERE Name LIKE '\\%\\' OR Name LIKE \\'\\_%'"
                        + " ORDER BY Name, Id LIMIT 10"))));
    }

    @Test
    void hostileNamesAndCompaniesStayLiterals() {
        lookups.leadsByNameAndCompany("Robert'); DELETE", "O'Brien\\", "50%_Acme' OR '1'='1");

        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(QUERY_STRING, equalTo(
                "SELECT Id, SystemModstamp FROM Lead WHERE FirstName = 'Robert\\'); DELETE' AND LastName ="
                        + " 'O\\'Brien\\\\' AND Company LIKE '50\\%\\_Acme\\' OR \\'1\\'=\\'1%'"
                        + " AND IsConverted = false ORDER BY SystemModstamp DESC, Id LIMIT 10"))));
    }

    @Test
    void aHostileWatermarkIdIsRefusedBeforeAnythingIsSent() {
        io.leadbridge.core.sync.Watermark hostile = new io.leadbridge.core.sync.Watermark(
                java.time.Instant.parse("2025-06-01T10:00:00Z"), "x') OR Id != ('");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.leadbridge.salesforce.soql.ChangeQuery.of(
                "Lead", List.of("Email"), hostile, 10).toSoql()).isInstanceOf(IllegalArgumentException.class);
        wm.verify(0, soapRequest("query"));
    }

    @Test
    void anOwnerEmailWithAQuoteIsEscaped() {
        assertThat(lookups.ownerByEmail("o'neil@example.com")).isEmpty();

        wm.verify(1, soapRequest("query").withRequestBody(matchingXPath(QUERY_STRING, equalTo(
                "SELECT Id, Email, Name FROM User WHERE Email = 'o\\'neil@example.com' AND IsActive = true"
                        + " ORDER BY Id LIMIT 2"))));
    }
}
