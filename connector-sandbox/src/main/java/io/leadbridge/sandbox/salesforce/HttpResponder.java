package io.leadbridge.sandbox.salesforce;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an answer now or after a delay (scheduled, so no worker thread waits), gzip-compressed when the client
 * accepts it, and logs one DEBUG line per request: method, path, status and milliseconds (never bodies or tokens).
 */
final class HttpResponder {

    private static final Logger LOG = LoggerFactory.getLogger(SalesforceEmulator.class);

    private final ScheduledExecutorService scheduler;

    HttpResponder(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    void send(HttpExchange exchange, long startNanos, int status, String contentType, byte[] body, Duration delay) {
        if (delay.isZero()) {
            write(exchange, startNanos, status, contentType, body);
        } else {
            scheduler.schedule(() -> write(exchange, startNanos, status, contentType, body), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private static void write(HttpExchange exchange, long startNanos, int status, String contentType, byte[] body) {
        try (exchange) {
            byte[] payload = body;
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip") && body.length > 0) {
                payload = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, payload.length == 0 ? -1 : payload.length);
            if (payload.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(payload);
                }
            }
        } catch (IOException e) {
            LOG.debug("{} {} -> client went away before the answer ({})", exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), e.getClass().getSimpleName());
        }
        LOG.debug("{} {} -> {} in {} ms", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), status,
                (System.nanoTime() - startNanos) / 1_000_000);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        }
        return bytes.toByteArray();
    }
}
