package io.leadbridge.sandbox.hubspot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request's way through the emulator: latency, routing, bearer token, injected fault, rate limits, the
 * route's handler, then the response with {@code X-HubSpot-Correlation-Id} (and the rate-limit headers except on
 * search and OAuth). Delays are scheduled, never slept.
 */
final class RequestPipeline implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(RequestPipeline.class);
    private static final Pattern EMAIL_SEGMENT = Pattern.compile("[^/]*@[^/]*");

    private final Router router;
    private final TokenRegistry tokens;
    private final FaultInjector faults;
    private final RequestBudget budget;
    private final SearchThrottle searchThrottle;
    private final Duration timeoutDelay;
    private final Executor workers;
    private final ScheduledExecutorService scheduler;
    private final Random ids;

    RequestPipeline(Router router, TokenRegistry tokens, FaultInjector faults, RequestBudget budget,
                    SearchThrottle searchThrottle, Duration timeoutDelay, Executor workers,
                    ScheduledExecutorService scheduler, long seed) {
        this.router = router;
        this.tokens = tokens;
        this.faults = faults;
        this.budget = budget;
        this.searchThrottle = searchThrottle;
        this.timeoutDelay = timeoutDelay;
        this.workers = workers;
        this.scheduler = scheduler;
        this.ids = new Random(seed);
    }

    @Override
    public void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        String correlationId = nextCorrelationId();
        Duration latency = faults.nextLatency();
        if (latency.isZero()) {
            process(exchange, correlationId, started);
        } else {
            later(latency, () -> process(exchange, correlationId, started), exchange);
        }
    }

    private void process(HttpExchange exchange, String correlationId, long started) {
        Map<String, String> rateHeaders = Map.of();
        ApiResponse response;
        try {
            ApiRequest request = read(exchange);
            Router.Match match = router.route(request.method(), request.path());
            if (match.kind() != Router.Kind.OAUTH) {
                tokens.check(exchange.getRequestHeaders().getFirst("Authorization"));
                Optional<Fault> fault = faults.nextFault();
                if (fault.isPresent() && fault.get() == Fault.TIMEOUT) {
                    later(timeoutDelay, () -> respondError(exchange, ApiException.gatewayTimeout(), Map.of(),
                            correlationId, started), exchange);
                    return;
                }
                fault.ifPresent(RequestPipeline::throwFault);
            }
            if (match.kind() == Router.Kind.SEARCH && !searchThrottle.tryAcquire()) {
                throw ApiException.rateLimited("SECONDLY", "You have reached your secondly limit.");
            }
            if (match.kind() == Router.Kind.API) {
                RequestBudget.Decision decision = budget.acquire();
                rateHeaders = decision.headers();
                if (!decision.allowed()) {
                    throw ApiException.rateLimited(decision.policyName(), "You have reached your "
                            + decision.policyName().toLowerCase(Locale.ROOT) + " limit.");
                }
            }
            response = match.handler().apply(request.withPathVariables(match.variables()));
        } catch (ApiException failure) {
            respondError(exchange, failure, rateHeaders, correlationId, started);
            return;
        } catch (RuntimeException unexpected) {
            log.warn("HubSpot emulator failed on {} {}", exchange.getRequestMethod(), loggable(exchange), unexpected);
            respondError(exchange, ApiException.internalError(), rateHeaders, correlationId, started);
            return;
        }
        respond(exchange, response, rateHeaders, correlationId, started);
    }

    private static void throwFault(Fault fault) {
        throw switch (fault) {
            case RATE_LIMIT -> ApiException.rateLimited("TEN_SECONDLY_ROLLING",
                    "You have reached your ten_secondly_rolling limit.");
            case SERVER_ERROR -> ApiException.internalError();
            case TIMEOUT -> new IllegalStateException("timeouts are answered later");
        };
    }

    private ApiRequest read(HttpExchange exchange) {
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = ApiPaths.canonical(exchange.getRequestURI().getPath())
                    .orElseThrow(() -> ApiException.routeNotFound(exchange.getRequestURI().getPath()));
            return new ApiRequest(exchange.getRequestMethod(), path, Map.of(),
                    ApiRequest.parseQuery(exchange.getRequestURI().getRawQuery()), body,
                    exchange.getRequestHeaders().getFirst("Content-Type"));
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read");
        }
    }

    private void respondError(HttpExchange exchange, ApiException failure, Map<String, String> rateHeaders,
                              String correlationId, long started) {
        respond(exchange, new ApiResponse(failure.status(), JsonViews.error(failure, correlationId)), rateHeaders,
                correlationId, started);
    }

    private void respond(HttpExchange exchange, ApiResponse response, Map<String, String> rateHeaders,
                         String correlationId, long started) {
        try (exchange) {
            exchange.getResponseHeaders().set("X-HubSpot-Correlation-Id", correlationId);
            rateHeaders.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (response.body() == null) {
                exchange.sendResponseHeaders(response.status(), -1);
            } else {
                byte[] bytes = response.body().toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
                exchange.sendResponseHeaders(response.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            log.debug("HubSpot emulator could not answer {} {}: {}", exchange.getRequestMethod(), loggable(exchange),
                    e.getMessage());
        }
        log.debug("{} {} -> {} in {} ms", exchange.getRequestMethod(), loggable(exchange), response.status(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private void later(Duration delay, Runnable work, HttpExchange exchange) {
        try {
            scheduler.schedule(() -> workers.execute(work), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            exchange.close();
        }
    }

    /** The path without query and with e-mail segments masked: logs carry no personal data. */
    private static String loggable(HttpExchange exchange) {
        return EMAIL_SEGMENT.matcher(exchange.getRequestURI().getPath()).replaceAll("***");
    }

    private String nextCorrelationId() {
        synchronized (ids) {
            return new UUID((ids.nextLong() & ~0xF000L) | 0x4000L,
                    (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
        }
    }
}
