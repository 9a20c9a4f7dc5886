package io.leadbridge.sandbox.salesforce.outbound;

import com.sforce.ws.parser.XmlOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes one Outbound Messaging {@code notifications} request, shaped like the shared fixture: org id, action id,
 * a nil {@code SessionId}, the enterprise and partner URLs, then up to 100 {@code Notification}s, each with its id
 * and the record as an enterprise {@code sObject} ({@code Id} first, then the configured fields that have values).
 */
final class NotificationMessage {

    static final String OUTBOUND_NS = "http://soap.sforce.com/2005/09/outbound";
    static final String ENTERPRISE_SOBJECT_NS = "urn:sobject.enterprise.soap.sforce.com";
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";

    /** One notification: its id and the record's current values. */
    record Entry(String notificationId, Map<String, String> record) {
    }

    private NotificationMessage() {
    }

    static byte[] write(String organizationId18, String actionId, String enterpriseUrl, String partnerUrl,
                        String objectType, List<String> fields, List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XmlOutputStream out = new XmlOutputStream(bytes, false);
            out.startDocument();
            out.setPrefix("soapenv", SOAP_NS);
            out.setPrefix("xsd", XSD_NS);
            out.setPrefix("xsi", XSI_NS);
            out.writeStartTag(SOAP_NS, "Envelope");
            out.writeStartTag(SOAP_NS, "Body");
            out.setPrefix("", OUTBOUND_NS);
            out.writeStartTag(OUTBOUND_NS, "notifications");
            out.writeStringElement(OUTBOUND_NS, "OrganizationId", organizationId18);
            out.writeStringElement(OUTBOUND_NS, "ActionId", actionId);
            out.writeStringElement(OUTBOUND_NS, "SessionId", null);
            out.writeStringElement(OUTBOUND_NS, "EnterpriseUrl", enterpriseUrl);
            out.writeStringElement(OUTBOUND_NS, "PartnerUrl", partnerUrl);
            for (Entry entry : entries) {
                out.writeStartTag(OUTBOUND_NS, "Notification");
                out.writeStringElement(OUTBOUND_NS, "Id", entry.notificationId());
                out.setPrefix("sf", ENTERPRISE_SOBJECT_NS);
                out.writeStartTag(OUTBOUND_NS, "sObject");
                out.writeAttribute(XSI_NS, "type", "sf:" + objectType);
                out.writeStringElement(ENTERPRISE_SOBJECT_NS, "Id", entry.record().get("Id"));
                for (String field : fields.stream().filter(f -> !f.equals("Id")).sorted().toList()) {
                    String value = entry.record().get(field);
                    if (value != null) {
                        out.writeStringElement(ENTERPRISE_SOBJECT_NS, field, value);
                    }
                }
                out.writeEndTag(OUTBOUND_NS, "sObject");
                out.writeEndTag(OUTBOUND_NS, "Notification");
            }
            out.writeEndTag(OUTBOUND_NS, "notifications");
            out.writeEndTag(SOAP_NS, "Body");
            out.writeEndTag(SOAP_NS, "Envelope");
            out.endDocument();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an outbound message", e);
        }
        return bytes.toByteArray();
    }
}
