package io.leadbridge.salesforce.outbound;

/**
 * The SOAP answers to an outbound message: {@code notificationsResponse} with {@code Ack true} once every
 * notification is stored, or a SOAP 1.1 fault, which Salesforce counts as a failed delivery and retries.
 */
public final class OutboundMessageAnswers {

    public static final String CONTENT_TYPE = "text/xml; charset=utf-8";

    private OutboundMessageAnswers() {
    }

    public static String ack() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"" + OutboundMessageParser.SOAP_NAMESPACE + "\">\n"
                + " <soapenv:Body>\n"
                + "  <notificationsResponse xmlns=\"" + OutboundMessageParser.NAMESPACE + "\">\n"
                + "   <Ack>true</Ack>\n"
                + "  </notificationsResponse>\n"
                + " </soapenv:Body>\n"
                + "</soapenv:Envelope>\n";
    }

    /**
     * @param client whether the sender is at fault ({@code soapenv:Client}) rather than us ({@code soapenv:Server})
     * @param reason plain text shown in {@code faultstring}; escaped here
     */
    public static String fault(boolean client, String reason) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"" + OutboundMessageParser.SOAP_NAMESPACE + "\">\n"
                + " <soapenv:Body>\n"
                + "  <soapenv:Fault>\n"
                + "   <faultcode>soapenv:" + (client ? "Client" : "Server") + "</faultcode>\n"
                + "   <faultstring>" + escape(reason) + "</faultstring>\n"
                + "  </soapenv:Fault>\n"
                + " </soapenv:Body>\n"
                + "</soapenv:Envelope>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
