package io.leadbridge.sandbox.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.leadbridge.sandbox.salesforce.soap.PartnerOperations;
import io.leadbridge.sandbox.salesforce.soap.SoapRequest;
import io.leadbridge.sandbox.salesforce.soap.SoapRequestReader;
import io.leadbridge.sandbox.salesforce.soap.SoapResponseWriter;
import io.leadbridge.sandbox.salesforce.store.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * {@code POST /services/Soap/u/{version}[/{orgId}]}: the partner SOAP endpoint. In order: the session
 * ({@code INVALID_SESSION_ID}), an injected fault, the daily allocation ({@code REQUEST_LIMIT_EXCEEDED}), then the
 * operation; the answer carries the {@code LimitInfoHeader}. Faults are HTTP 500. Gzip request bodies are read.
 */
final class SoapEndpoint implements HttpHandler {

    private static final Pattern PATH = Pattern.compile("/services/Soap/u/(\\d{1,3}\\.0)(?:/([A-Za-z0-9]{15,18}))?/?");
    private static final String XML = "text/xml; charset=utf-8";

    private final SoapRequestReader reader = new SoapRequestReader();
    private final SoapResponseWriter writer = new SoapResponseWriter();
    private final PartnerOperations operations;
    private final SessionRegistry sessions;
    private final ApiAllocation allocation;
    private final FaultInjector injector;
    private final HttpResponder responder;
    private final String organizationId;
    private final Duration timeoutDelay;

    SoapEndpoint(PartnerOperations operations, SessionRegistry sessions, ApiAllocation allocation,
                 FaultInjector injector, HttpResponder responder, String organizationId, Duration timeoutDelay) {
        this.operations = operations;
        this.sessions = sessions;
        this.allocation = allocation;
        this.injector = injector;
        this.responder = responder;
        this.organizationId = organizationId;
        this.timeoutDelay = timeoutDelay;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        if (!path.matches()) {
            plain(exchange, start, 404, "Not Found");
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            plain(exchange, start, 405, "Method Not Allowed");
            return;
        }
        Duration delay = injector.delay();
        try {
            SoapRequest request = reader.read(body(exchange));
            checkSession(request, path.group(2));
            Optional<InjectedFault> injected = injector.draw();
            if (injected.isPresent() && injected.get() != InjectedFault.TIMEOUT) {
                throw injectedFault(injected.get());
            }
            OptionalLong used = allocation.take();
            if (used.isEmpty()) {
                throw ApiError.unexpected("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
            }
            byte[] answer = writer.response(request.operation(), operations.answer(request), used.getAsLong(),
                    allocation.limit());
            responder.send(exchange, start, 200, XML, answer, injected.isPresent() ? timeoutDelay : delay);
        } catch (ApiError error) {
            responder.send(exchange, start, 500, XML, writer.fault(error), delay);
        }
    }

    private void checkSession(SoapRequest request, String pathOrganization) {
        Optional<SessionRegistry.Refusal> refusal = sessions.check(request.sessionId());
        if (pathOrganization != null && !organizationId.equalsIgnoreCase(pathOrganization.substring(0, 15))) {
            refusal = Optional.of(SessionRegistry.Refusal.UNKNOWN);
        }
        if (refusal.isEmpty()) {
            return;
        }
        String message = switch (refusal.get()) {
            case EXPIRED -> "Session expired or invalid";
            case MISSING -> "Invalid Session ID found in SessionHeader: Illegal Session";
            case UNKNOWN -> "Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing"
                    + " session hash";
        };
        throw ApiError.unexpected("INVALID_SESSION_ID", message);
    }

    private static ApiError injectedFault(InjectedFault fault) {
        return fault == InjectedFault.REQUEST_LIMIT_EXCEEDED
                ? ApiError.unexpected("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")
                : ApiError.unexpected("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record");
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("gzip")
                ? new GZIPInputStream(in) : in;
    }

    private void plain(HttpExchange exchange, long start, int status, String text) {
        responder.send(exchange, start, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8),
                Duration.ZERO);
    }
}
