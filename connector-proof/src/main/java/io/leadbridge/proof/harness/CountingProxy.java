package io.leadbridge.proof.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pass-through HTTP proxy that counts every request per operation before forwarding it, and apart those answered
 * 429 (refused for a rate limit). With several targets it spreads requests over them in turn and skips a target that
 * refuses connections (a killed app instance).
 */
public final class CountingProxy implements AutoCloseable {

    /** Names a request's operation from its method, path and body. */
    public interface Classifier {
        String operation(String method, String path, byte[] body);

        /** Whether {@code answer} to a call of {@code operation} found nothing; counted apart when it did. */
        default boolean foundNothing(String operation, int status, byte[] answer) {
            return false;
        }
    }

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", "http2-settings");

    private static final int TOO_MANY_REQUESTS = 429;

    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client;
    private final List<URI> targets;
    private final Classifier classifier;
    private final CallCounts counts = new CallCounts();
    private final AtomicInteger next = new AtomicInteger();

    private CountingProxy(List<URI> targets, Classifier classifier) {
        this.targets = List.copyOf(targets);
        this.classifier = classifier;
        this.executor = Executors.newFixedThreadPool(32, runnable -> {
            Thread thread = new Thread(runnable, "counting-proxy");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("proxy could not listen", e);
        }
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    public static CountingProxy to(List<URI> targets, Classifier classifier) {
        return new CountingProxy(targets, classifier);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public CallCounts counts() {
        return counts;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            URI requested = exchange.getRequestURI();
            String operation = classifier.operation(method, requested.getPath(), body);
            counts.count(operation);
            HttpResponse<byte[]> response = send(method, requested, exchange, body);
            if (response == null) {
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            if (classifier.foundNothing(operation, response.statusCode(), response.body())) {
                counts.countFoundNothing(operation);
            }
            if (response.statusCode() == TOO_MANY_REQUESTS) {
                counts.countRefused(operation);
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    /** @return the first answer of a target that accepts the connection, or null when none does */
    private HttpResponse<byte[]> send(String method, URI requested, HttpExchange exchange, byte[] body)
            throws IOException {
        int first = Math.floorMod(next.getAndIncrement(), targets.size());
        for (int i = 0; i < targets.size(); i++) {
            URI target = targets.get((first + i) % targets.size());
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(requested.getRawPath()
                            + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery())))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (ConnectException refused) {
                // that instance is down: the next one gets the request
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
