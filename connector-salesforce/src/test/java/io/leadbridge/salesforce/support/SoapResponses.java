package io.leadbridge.salesforce.support;

import java.time.Instant;
import java.util.List;

/** SOAP response bodies built in WSDL element order, for volumes the recorded fixtures do not cover. */
public final class SoapResponses {

    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:sf=\"urn:sobject.partner.soap.sforce.com\">";

    private SoapResponses() {
    }

    /** A complete SOAP envelope around {@code body}, with a LimitInfoHeader reporting {@code used} of 100,000. */
    public static String envelope(String body, long used) {
        return OPEN + "<soapenv:Header><LimitInfoHeader><limitInfo><current>" + used
                + "</current><limit>100000</limit><type>API REQUESTS</type></limitInfo></LimitInfoHeader>"
                + "</soapenv:Header><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    /** A {@code queryResponse} that is done, holding {@code records}. */
    public static String queryDone(List<String> records) {
        return envelope("<queryResponse><result xsi:type=\"QueryResult\"><done>true</done>"
                + "<queryLocator xsi:nil=\"true\"/>" + String.join("", records) + "<size>" + records.size()
                + "</size></result></queryResponse>", 50);
    }

    /** A Lead record as partner query results carry it (doubled Id, Owner relationship). */
    public static String lead(String id, Instant modstamp, String email, String lastName) {
        return "<records xsi:type=\"sf:sObject\"><sf:type>Lead</sf:type><sf:Id>" + id + "</sf:Id><sf:Id>" + id
                + "</sf:Id><sf:Email>" + email + "</sf:Email><sf:LastName>" + lastName + "</sf:LastName>"
                + "<sf:SystemModstamp>" + modstamp + "</sf:SystemModstamp>"
                + "<sf:Owner xsi:type=\"sf:sObject\"><sf:type>User</sf:type><sf:Id xsi:nil=\"true\"/>"
                + "<sf:Email>owner@example.com</sf:Email></sf:Owner></records>";
    }

    /** A deleted record as {@code queryAll} returns it. */
    public static String deletedLead(String id, Instant modstamp) {
        return "<records xsi:type=\"sf:sObject\"><sf:type>Lead</sf:type><sf:Id>" + id + "</sf:Id><sf:Id>" + id
                + "</sf:Id><sf:SystemModstamp>" + modstamp + "</sf:SystemModstamp></records>";
    }

    /** A Lead merged away into {@code masterId}, as {@code queryAll} returns it. */
    public static String mergedLead(String id, Instant modstamp, String masterId) {
        return deletedLead(id, modstamp).replace("</records>", "<sf:MasterRecordId>" + masterId
                + "</sf:MasterRecordId></records>");
    }

    /** A record of {@code recordXml} (built by the Lead helpers here) as a Contact. */
    public static String asContact(String recordXml) {
        return recordXml.replace("<sf:type>Lead</sf:type>", "<sf:type>Contact</sf:type>");
    }

    /** A {@code queryAllResponse} that is done, holding {@code records}. */
    public static String queryAllDone(List<String> records) {
        return queryDone(records).replace("queryResponse", "queryAllResponse");
    }

    /** A {@code getDeletedResponse}; {@code deleted} holds id, deletedDate pairs. */
    public static String getDeleted(Instant earliest, Instant latest, String... deleted) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < deleted.length; i += 2) {
            records.append("<deletedRecords><deletedDate>").append(deleted[i + 1]).append("</deletedDate><id>")
                    .append(deleted[i]).append("</id></deletedRecords>");
        }
        return envelope("<getDeletedResponse><result>" + records + "<earliestDateAvailable>" + earliest
                + "</earliestDateAvailable><latestDateCovered>" + latest + "</latestDateCovered></result>"
                + "</getDeletedResponse>", 48);
    }

    /**
     * A {@code describeSObjectResponse} for Lead with {@code fields} (plain text fields), the external-id field
     * {@code HubSpot_Id__c} and the Status picklist with {@code statuses} active, plus one inactive value.
     */
    public static String describeLead(List<String> fields, List<String> statuses) {
        StringBuilder body = new StringBuilder("<describeSObjectResponse><result>");
        fields.forEach(name -> body.append(field(name, false, "string", "")));
        body.append(field("HubSpot_Id__c", true, "string", ""));
        StringBuilder picklist = new StringBuilder();
        statuses.forEach(value -> picklist.append(picklistValue(value, true)));
        picklist.append(picklistValue("Retired - Do Not Use", false));
        body.append(field("Status", false, "picklist", picklist.toString()));
        body.append("<name>Lead</name></result></describeSObjectResponse>");
        return envelope(body.toString(), 44);
    }

    private static String field(String name, boolean externalId, String type, String picklistValues) {
        return "<fields><createable>true</createable><externalId>" + externalId + "</externalId><name>" + name
                + "</name>" + picklistValues + "<type>" + type + "</type><updateable>true</updateable></fields>";
    }

    private static String picklistValue(String value, boolean active) {
        return "<picklistValues><active>" + active + "</active><defaultValue>false</defaultValue><label>" + value
                + "</label><value>" + value + "</value></picklistValues>";
    }

    /** An 18-character Lead id numbered {@code n}. */
    public static String leadId(int n) {
        return String.format("00Q5g0000%06dEAF", n);
    }

    public static String contactId(int n) {
        return String.format("0035g0000%06dEAF", n);
    }
}
