package io.leadbridge.sandbox.salesforce.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The structure of an XML message without its values: one line per element with its depth, namespace and local
 * name, {@code [nil]} for {@code xsi:nil="true"} outside sObjects (whose values vary) and the {@code xsi:type}
 * of sObjects. Repeated siblings of the
 * same name collapse into the first, so pages of different lengths compare equal.
 */
public final class XmlShape {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SOBJECT = "urn:sobject.partner.soap.sforce.com";

    private XmlShape() {
    }

    public static List<String> of(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            List<String> lines = new ArrayList<>();
            walk(root, 0, lines);
            return lines;
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
    }

    private static void walk(Element element, int depth, List<String> lines) {
        String type = element.getAttributeNS(XSI, "type");
        lines.add("  ".repeat(depth) + "{" + element.getNamespaceURI() + "}" + element.getLocalName()
                + ("true".equals(element.getAttributeNS(XSI, "nil")) && !SOBJECT.equals(element.getNamespaceURI())
                ? " [nil]" : "")
                + (type.endsWith("sObject") ? " " + type : ""));
        String previousRepeatable = null;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                String name = childElement.getLocalName();
                boolean repeat = name.equals(previousRepeatable);
                previousRepeatable = name.equals("records") || name.equals("ids") || name.equals("deletedRecords")
                        ? name : null;
                if (!repeat) {
                    walk(childElement, depth + 1, lines);
                }
            }
        }
    }
}
