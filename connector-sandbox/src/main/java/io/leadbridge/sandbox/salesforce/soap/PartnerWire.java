package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.ws.bind.TypeMapper;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** Namespaces of the partner API and the force-wsc type mapper configured as {@code PartnerConnection}'s. */
final class PartnerWire {

    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String PARTNER_NS = "urn:partner.soap.sforce.com";
    static final String SOBJECT_NS = "urn:sobject.partner.soap.sforce.com";
    static final String FAULT_NS = "urn:fault.partner.soap.sforce.com";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";

    private PartnerWire() {
    }

    /** A fresh mapper (force-wsc mappers keep per-write state, so each message gets its own). */
    static TypeMapper typeMapper() {
        return new TypeMapper(null, null, false);
    }

    static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
