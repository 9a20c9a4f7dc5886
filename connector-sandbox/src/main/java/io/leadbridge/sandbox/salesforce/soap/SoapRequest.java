package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.ws.bind.XMLizable;

/**
 * A parsed partner request: the operation (local name of the body element), its force-wsc request element, the
 * {@code SessionHeader} session id and the {@code QueryOptions} batch size (either {@code null} when absent).
 */
public record SoapRequest(String operation, XMLizable body, String sessionId, Integer batchSize) {
}
