package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.LimitInfoHeader_element;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.ws.bind.TypeMapper;
import com.sforce.ws.bind.XMLizable;
import com.sforce.ws.parser.XmlOutputStream;
import io.leadbridge.sandbox.salesforce.store.ApiError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.xml.namespace.QName;

/**
 * Writes partner SOAP responses with force-wsc's serializer and generated types: the envelope with the partner
 * namespace as default, a {@code LimitInfoHeader} with the {@code API REQUESTS} usage, and the
 * {@code <op>Response} element; or a fault envelope in the shape Salesforce sends (served with HTTP 500).
 */
public final class SoapResponseWriter {

    static final String API_REQUESTS = "API REQUESTS";

    /** A response envelope for {@code operation} carrying {@code body} and the usage after this call. */
    public byte[] response(String operation, XMLizable body, long usedToday, long dailyLimit) {
        return write(out -> {
            TypeMapper mapper = PartnerWire.typeMapper();
            out.setPrefix("soapenv", PartnerWire.SOAP_NS);
            out.setPrefix("", PartnerWire.PARTNER_NS);
            out.setPrefix("xsi", PartnerWire.XSI_NS);
            out.setPrefix("sf", PartnerWire.SOBJECT_NS);
            out.writeStartTag(PartnerWire.SOAP_NS, "Envelope");
            out.writeStartTag(PartnerWire.SOAP_NS, "Header");
            limitInfo(usedToday, dailyLimit).write(new QName(PartnerWire.PARTNER_NS, "LimitInfoHeader"), out, mapper);
            out.writeEndTag(PartnerWire.SOAP_NS, "Header");
            out.writeStartTag(PartnerWire.SOAP_NS, "Body");
            body.write(new QName(PartnerWire.PARTNER_NS, operation + "Response"), out, mapper);
            out.writeEndTag(PartnerWire.SOAP_NS, "Body");
            out.writeEndTag(PartnerWire.SOAP_NS, "Envelope");
        });
    }

    /** A fault envelope: {@code faultcode sf:<code>}, {@code faultstring "<code>: <message>"} and the typed detail. */
    public byte[] fault(ApiError error) {
        ApiFault detail = FaultBinding.toFault(error);
        return write(out -> {
            TypeMapper mapper = PartnerWire.typeMapper();
            out.setPrefix("soapenv", PartnerWire.SOAP_NS);
            out.setPrefix("sf", PartnerWire.FAULT_NS);
            out.setPrefix("xsi", PartnerWire.XSI_NS);
            out.writeStartTag(PartnerWire.SOAP_NS, "Envelope");
            out.writeStartTag(PartnerWire.SOAP_NS, "Body");
            out.writeStartTag(PartnerWire.SOAP_NS, "Fault");
            out.writeStringElement("", "faultcode", "sf:" + error.exceptionCode());
            out.writeStringElement("", "faultstring", error.exceptionCode() + ": " + error.getMessage());
            out.writeStartTag("", "detail");
            detail.write(new QName(PartnerWire.FAULT_NS, FaultBinding.elementName(error)), out, mapper);
            out.writeEndTag("", "detail");
            out.writeEndTag(PartnerWire.SOAP_NS, "Fault");
            out.writeEndTag(PartnerWire.SOAP_NS, "Body");
            out.writeEndTag(PartnerWire.SOAP_NS, "Envelope");
        });
    }

    private static LimitInfoHeader_element limitInfo(long used, long limit) {
        LimitInfo info = new LimitInfo();
        info.setCurrent(used);
        info.setLimit(limit);
        info.setType(API_REQUESTS);
        LimitInfoHeader_element header = new LimitInfoHeader_element();
        header.setLimitInfo(new LimitInfo[] {info});
        return header;
    }

    private interface Body {
        void write(XmlOutputStream out) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XmlOutputStream out = new XmlOutputStream(bytes, false);
            out.startDocument();
            body.write(out);
            out.endDocument();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a SOAP envelope", e);
        }
        return bytes.toByteArray();
    }
}
