package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.TypeMapper;
import com.sforce.ws.parser.XmlOutputStream;
import io.leadbridge.sandbox.salesforce.soql.QueryRow;
import java.io.IOException;
import javax.xml.namespace.QName;

/**
 * A query row written the way Salesforce writes partner records: {@code xsi:type="sf:sObject"}, {@code sf:type},
 * {@code sf:Id} twice when selected (the partner API's well-known quirk; once, nil, when not), then the selected
 * fields as plain text without {@code xsi:type} (so clients read every value as a String) or {@code xsi:nil};
 * relationships nest as sObjects.
 */
final class WireSObject extends SObject {

    private final QueryRow row;

    WireSObject(QueryRow row) {
        this.row = row;
        setType(row.type());
        setId(row.id());
    }

    @Override
    public void write(QName element, XmlOutputStream out, TypeMapper mapper) throws IOException {
        out.writeStartTag(element.getNamespaceURI(), element.getLocalPart());
        mapper.writeXsiType(out, PartnerWire.SOBJECT_NS, "sObject");
        out.writeStringElement(PartnerWire.SOBJECT_NS, "type", row.type());
        boolean idSelected = row.columns().stream().anyMatch(column -> column.name().equals("Id"));
        if (idSelected) {
            out.writeStringElement(PartnerWire.SOBJECT_NS, "Id", row.id());
        }
        out.writeStringElement(PartnerWire.SOBJECT_NS, "Id", idSelected ? row.id() : null);
        for (QueryRow.Column column : row.columns()) {
            if (column.name().equals("Id")) {
                continue;
            }
            if (column instanceof QueryRow.Value value) {
                out.writeStringElement(PartnerWire.SOBJECT_NS, value.name(), value.value());
            } else {
                writeRelated(out, mapper, (QueryRow.Related) column);
            }
        }
        out.writeEndTag(element.getNamespaceURI(), element.getLocalPart());
    }

    private static void writeRelated(XmlOutputStream out, TypeMapper mapper, QueryRow.Related related)
            throws IOException {
        if (related.type() == null) {
            out.writeStringElement(PartnerWire.SOBJECT_NS, related.name(), null);
            return;
        }
        out.writeStartTag(PartnerWire.SOBJECT_NS, related.name());
        mapper.writeXsiType(out, PartnerWire.SOBJECT_NS, "sObject");
        out.writeStringElement(PartnerWire.SOBJECT_NS, "type", related.type());
        boolean idSelected = related.values().stream().anyMatch(v -> v.name().equals("Id"));
        if (!idSelected) {
            out.writeStringElement(PartnerWire.SOBJECT_NS, "Id", null);
        }
        for (QueryRow.Value value : related.values()) {
            out.writeStringElement(PartnerWire.SOBJECT_NS, value.name(), value.value());
        }
        out.writeEndTag(PartnerWire.SOBJECT_NS, related.name());
    }
}
