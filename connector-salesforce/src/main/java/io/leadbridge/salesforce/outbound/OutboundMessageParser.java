package io.leadbridge.salesforce.outbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses an Outbound Messaging request: a SOAP 1.1 envelope whose body is {@code notifications} in the
 * {@value #NAMESPACE} namespace. Namespace-aware; DOCTYPE declarations are refused outright, so no entity (external
 * or internal) and no external DTD or schema is ever loaded; requests larger than {@code maxBytes} are refused
 * before parsing. Thread-safe.
 */
public final class OutboundMessageParser {

    public static final String NAMESPACE = "http://soap.sforce.com/2005/09/outbound";
    static final String SOAP_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
    /** Salesforce sends at most 100 notifications per message. */
    static final int MAX_NOTIFICATIONS = 100;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{15}([A-Za-z0-9]{3})?");

    /** Reports nothing on stderr: a bad message is refused through the exception alone. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final int maxBytes;
    private final DocumentBuilderFactory factory;

    public OutboundMessageParser(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.factory = secureFactory();
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** @throws InvalidOutboundMessageException when the request is too large, not XML, or not a notifications message */
    public OutboundMessage parse(byte[] request) {
        if (request.length > maxBytes) {
            throw new InvalidOutboundMessageException("the message has more than " + maxBytes + " bytes");
        }
        Element notifications = notificationsElement(document(request));
        String organizationId = requiredId(notifications, "OrganizationId");
        String actionId = requiredId(notifications, "ActionId");
        List<OutboundNotification> parsed = new ArrayList<>();
        for (Element notification : children(notifications, NAMESPACE, "Notification")) {
            parsed.add(notification(notification));
        }
        if (parsed.isEmpty() || parsed.size() > MAX_NOTIFICATIONS) {
            throw new InvalidOutboundMessageException("a message carries 1 to " + MAX_NOTIFICATIONS
                    + " notifications, this one " + parsed.size());
        }
        return new OutboundMessage(organizationId, actionId, parsed);
    }

    private Document document(byte[] request) {
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder.parse(new ByteArrayInputStream(request));
        } catch (SAXException e) {
            throw new InvalidOutboundMessageException("the message is not acceptable XML"
                    + (e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? " (DOCTYPE is not allowed)" : ""), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new InvalidOutboundMessageException("the message could not be read", e);
        }
    }

    private static Element notificationsElement(Document document) {
        Element envelope = document.getDocumentElement();
        if (!is(envelope, SOAP_NAMESPACE, "Envelope")) {
            throw new InvalidOutboundMessageException("the message is not a SOAP 1.1 envelope");
        }
        List<Element> bodies = children(envelope, SOAP_NAMESPACE, "Body");
        List<Element> notifications = bodies.size() == 1 ? children(bodies.get(0), NAMESPACE, "notifications") : List.of();
        if (notifications.size() != 1) {
            throw new InvalidOutboundMessageException("the SOAP body holds no {" + NAMESPACE + "}notifications");
        }
        return notifications.get(0);
    }

    private static OutboundNotification notification(Element notification) {
        String id = requiredId(notification, "Id");
        List<Element> sObjects = children(notification, NAMESPACE, "sObject");
        if (sObjects.size() != 1) {
            throw new InvalidOutboundMessageException("notification " + id + " has no sObject");
        }
        Element sObject = sObjects.get(0);
        String type = sObject.getAttributeNS(XSI_NAMESPACE, "type");
        String objectType = type.substring(type.indexOf(':') + 1);
        if (objectType.isBlank()) {
            throw new InvalidOutboundMessageException("the sObject of notification " + id + " has no xsi:type");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : children(sObject, null, null)) {
            if (!"true".equals(field.getAttributeNS(XSI_NAMESPACE, "nil"))) {
                fields.put(field.getLocalName(), field.getTextContent());
            }
        }
        String recordId = fields.get("Id");
        if (recordId == null || !ID.matcher(recordId).matches()) {
            throw new InvalidOutboundMessageException("the sObject of notification " + id + " has no valid Id");
        }
        return new OutboundNotification(id, objectType, recordId, fields);
    }

    private static String requiredId(Element parent, String name) {
        List<Element> found = children(parent, NAMESPACE, name);
        String value = found.size() == 1 ? found.get(0).getTextContent().strip() : "";
        if (!ID.matcher(value).matches()) {
            throw new InvalidOutboundMessageException(name + " is missing or not a Salesforce id");
        }
        return value;
    }

    /** Child elements, filtered by namespace and local name when those are given. */
    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (localName == null || is(element, namespace, localName))) {
                found.add(element);
            }
        }
        return found;
    }

    private static boolean is(Element element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be secured against XXE", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
