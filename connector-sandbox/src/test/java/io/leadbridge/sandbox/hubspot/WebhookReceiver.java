package io.leadbridge.sandbox.hubspot;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A local webhook endpoint that records what it receives and answers with queued statuses (then 200). */
final class WebhookReceiver implements AutoCloseable {

    /** One received request: the raw body and the signature headers. */
    record Delivery(String body, String signatureV3, String timestamp, String signatureV1) {

        List<JsonNode> events() {
            List<JsonNode> events = new ArrayList<>();
            JsonMapper.builder().build().readTree(body).forEach(events::add);
            return events;
        }
    }

    static final String PATH = "/hubspot/webhooks";

    private final HttpServer server;
    private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final List<Delivery> deliveries = new ArrayList<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (deliveries) {
                deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("X-HubSpot-Signature-v3"),
                        exchange.getRequestHeaders().getFirst("X-HubSpot-Request-Timestamp"),
                        exchange.getRequestHeaders().getFirst("X-HubSpot-Signature")));
            }
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL to configure, with an escaped character in the query so that the signer's decoding matters. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH + "?tenant=acme%3Aeu");
    }

    void answerNext(int status) {
        statuses.add(status);
    }

    List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    List<JsonNode> events() {
        return deliveries().stream().flatMap(d -> d.events().stream()).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
