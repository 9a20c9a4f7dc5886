package io.leadbridge.sandbox.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.leadbridge.sandbox.salesforce.bulk.BulkEndpoint;
import java.time.Duration;

/**
 * {@code /services/async/{version}/job...}: checks the {@code X-SFDC-Session} header and the daily allocation
 * (each Bulk API request counts, as with Salesforce) before {@link BulkEndpoint} answers.
 */
final class BulkApiHandler implements HttpHandler {

    private final BulkEndpoint endpoint;
    private final SessionRegistry sessions;
    private final ApiAllocation allocation;
    private final HttpResponder responder;

    BulkApiHandler(BulkEndpoint endpoint, SessionRegistry sessions, ApiAllocation allocation,
                   HttpResponder responder) {
        this.endpoint = endpoint;
        this.sessions = sessions;
        this.allocation = allocation;
        this.responder = responder;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        BulkEndpoint.Answer answer;
        if (!BulkEndpoint.serves(exchange.getRequestURI().getPath())) {
            answer = BulkEndpoint.error(404, "InvalidUrl", "Not a Bulk API job URL");
        } else if (sessions.check(exchange.getRequestHeaders().getFirst("X-SFDC-Session")).isPresent()) {
            answer = BulkEndpoint.error(400, "InvalidSessionId", "Invalid session id");
        } else if (allocation.take().isEmpty()) {
            answer = BulkEndpoint.error(400, "ExceededQuota", "TotalRequests Limit exceeded.");
        } else {
            answer = endpoint.answer(exchange);
        }
        responder.send(exchange, start, answer.status(), answer.contentType(), answer.body(), Duration.ZERO);
    }
}
