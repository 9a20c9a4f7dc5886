package io.leadbridge.salesforce.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/** WireMock stubs and request patterns for the partner SOAP endpoint, matched by XPath on the body. */
public final class SoapStubs {

    public static final String ORGANIZATION_ID = "00D5g000004AbCd";
    public static final String SOAP_PATH = "/services/Soap/u/65.0/" + ORGANIZATION_ID;
    public static final String TOKEN_PATH = "/services/oauth2/token";
    private static final String ENVELOPE = "/*[local-name()='Envelope']";

    private SoapStubs() {
    }

    /** A WireMock server on a free port, started and stopped around the test class and reset before each test. */
    public static WireMockExtension wireMock() {
        return WireMockExtension.newInstance().options(WireMockConfiguration.options().dynamicPort()).build();
    }

    /** A SOAP call whose body's first element is {@code operation}. */
    public static MappingBuilder soapCall(String operation) {
        return post(urlEqualTo(SOAP_PATH)).withRequestBody(matchingXPath(operation(operation)));
    }

    /** A SOAP call sent with {@code token} in the SessionHeader. */
    public static MappingBuilder soapCall(String operation, String token) {
        return soapCall(operation).withRequestBody(matchingXPath(sessionId(token)));
    }

    public static RequestPatternBuilder soapRequest(String operation) {
        return postRequestedFor(urlEqualTo(SOAP_PATH)).withRequestBody(matchingXPath(operation(operation)));
    }

    public static RequestPatternBuilder soapRequest(String operation, String token) {
        return soapRequest(operation).withRequestBody(matchingXPath(sessionId(token)));
    }

    public static ResponseDefinitionBuilder soapResponse(String xml) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(xml);
    }

    /** Salesforce serves faults with HTTP 500; force-wsc reads a fault only from a status of 400 or more. */
    public static ResponseDefinitionBuilder soapFault(String xml) {
        return aResponse().withStatus(500).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(xml);
    }

    public static String operation(String operation) {
        return ENVELOPE + "/*[local-name()='Body']/*[local-name()='" + operation + "']";
    }

    public static String sessionId(String token) {
        return ENVELOPE + "/*[local-name()='Header']/*[local-name()='SessionHeader']"
                + "/*[local-name()='sessionId'][text()='" + token + "']";
    }

    /** Matches when the upsert's {@code externalIDFieldName} is {@code field}. */
    public static String externalIdFieldName(String field) {
        return operation("upsert") + "/*[local-name()='externalIDFieldName'][text()='" + field + "']";
    }

    /** Matches when the upsert carries exactly {@code count} sObjects. */
    public static String upsertOf(int count) {
        return operation("upsert") + "[count(*[local-name()='sObjects'])=" + count + "]";
    }

    /** Matches when the lead with {@code hubspotId} carries the child {@code element} with {@code text}. */
    public static String leadElement(String hubspotId, String element, String text) {
        return ENVELOPE + "/" + lead(hubspotId) + "/*[local-name()='" + element + "'][text()='" + text + "']";
    }

    /** Matches when the lead with {@code hubspotId} is sent but does not carry the child {@code element}. */
    public static String leadWithout(String hubspotId, String element) {
        return ENVELOPE + "[" + lead(hubspotId) + "][not(" + lead(hubspotId) + "/*[local-name()='" + element
                + "'])]";
    }

    /**
     * The {@code sObjects} element, upserted or updated, whose external-id field {@code HubSpot_Id__c} is
     * {@code hubspotId}.
     */
    private static String lead(String hubspotId) {
        return "*[local-name()='Body']/*[local-name()='upsert' or local-name()='update']/*[local-name()='sObjects']"
                + "[*[local-name()='HubSpot_Id__c'][text()='" + hubspotId + "']]";
    }

    /** An {@code upsertResponse} with {@code count} created Leads and a LimitInfoHeader, in WSDL element order. */
    public static String upsertCreated(int count, long apiRequestsUsed) {
        StringBuilder results = new StringBuilder();
        for (int i = 0; i < count; i++) {
            results.append("<result><created>true</created><id>00Q5g0000").append(String.format("%06d", i))
                    .append("EAF</id><success>true</success></result>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns=\"urn:partner.soap.sforce.com\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soapenv:Header><LimitInfoHeader><limitInfo><current>" + apiRequestsUsed
                + "</current><limit>100000</limit><type>API REQUESTS</type></limitInfo></LimitInfoHeader>"
                + "</soapenv:Header>"
                + "<soapenv:Body><upsertResponse>" + results + "</upsertResponse></soapenv:Body>"
                + "</soapenv:Envelope>";
    }
}
