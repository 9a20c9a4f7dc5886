package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.soap.partner.QueryOptions_element;
import com.sforce.soap.partner.SessionHeader_element;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.bind.TypeInfo;
import com.sforce.ws.bind.TypeMapper;
import com.sforce.ws.bind.XMLizable;
import com.sforce.ws.bind.XmlObject;
import com.sforce.ws.parser.PullParserException;
import com.sforce.ws.parser.XmlInputStream;
import io.leadbridge.sandbox.salesforce.store.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Reads a partner SOAP request with force-wsc's own parser and generated request elements
 * ({@code Query_element}, {@code Create_element}, ...), plus the {@code SessionHeader} and {@code QueryOptions}
 * headers. Other headers are read and ignored.
 */
public final class SoapRequestReader {

    /** The operations the emulator answers. */
    public static final Set<String> OPERATIONS = Set.of("query", "queryAll", "queryMore", "create", "update",
            "upsert", "delete", "merge", "retrieve", "convertLead", "getUpdated", "getDeleted", "describeSObject",
            "describeSObjects", "describeGlobal", "getServerTimestamp", "getUserInfo");

    /**
     * Parses one request envelope.
     *
     * @throws ApiError {@code INVALID_OPERATION} for an operation outside {@link #OPERATIONS}, and
     *                  {@code UNKNOWN_EXCEPTION} for a body that is not a partner SOAP envelope
     */
    public SoapRequest read(InputStream body) {
        try {
            return parse(body);
        } catch (PullParserException | IOException | ConnectionException | RuntimeException e) {
            if (e instanceof ApiError apiError) {
                throw apiError;
            }
            throw ApiError.unexpected("UNKNOWN_EXCEPTION", "unable to parse the request: " + e.getMessage());
        }
    }

    private SoapRequest parse(InputStream body) throws IOException, ConnectionException, PullParserException {
        TypeMapper mapper = PartnerWire.typeMapper();
        XmlInputStream in = new XmlInputStream();
        in.setInput(body, "UTF-8");
        in.nextTag();
        mapper.verifyTag(PartnerWire.SOAP_NS, "Envelope", in.getNamespace(), in.getName());
        in.nextTag();
        String sessionId = null;
        Integer batchSize = null;
        if (PartnerWire.SOAP_NS.equals(in.getNamespace()) && "Header".equals(in.getName())) {
            while (in.peekTag() == XmlInputStream.START_TAG) {
                String name = in.getName();
                if ("SessionHeader".equals(name)) {
                    sessionId = read(in, mapper, name, SessionHeader_element.class).getSessionId();
                } else if ("QueryOptions".equals(name)) {
                    batchSize = read(in, mapper, name, QueryOptions_element.class).getBatchSize();
                } else {
                    new XmlObject().load(in, mapper);
                }
            }
            in.nextTag();
            in.nextTag();
        }
        mapper.verifyTag(PartnerWire.SOAP_NS, "Body", in.getNamespace(), in.getName());
        in.peekTag();
        String operation = in.getName();
        if (!PartnerWire.PARTNER_NS.equals(in.getNamespace()) || !OPERATIONS.contains(operation)) {
            throw ApiError.unexpected("INVALID_OPERATION", "No operation available for request {"
                    + in.getNamespace() + "}" + operation);
        }
        XMLizable request = read(in, mapper, operation, requestType(operation));
        return new SoapRequest(operation, request, sessionId, batchSize);
    }

    private static <T> T read(XmlInputStream in, TypeMapper mapper, String name, Class<T> type)
            throws IOException, ConnectionException {
        TypeInfo info = new TypeInfo(PartnerWire.PARTNER_NS, name, null, null, 1, 1, true);
        return type.cast(mapper.readObject(in, info, type));
    }

    private static Class<? extends XMLizable> requestType(String operation) {
        String className = "com.sforce.soap.partner." + Character.toUpperCase(operation.charAt(0))
                + operation.substring(1) + "_element";
        try {
            return Class.forName(className).asSubclass(XMLizable.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("force-partner-api has no " + className, e);
        }
    }
}
