package io.leadbridge.sandbox.hubspot;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An emulated HubSpot portal served over HTTP on 127.0.0.1: the CRM objects, batch, search, associations v4,
 * properties, owners and OAuth token endpoints under both the date-versioned ({@code /crm/objects/2026-03/...})
 * and the classic ({@code /crm/v3/objects/...}) paths, with HubSpot's rate limits, injected faults and signed
 * webhook delivery. Behaviour and deviations from the real service: {@code docs/sandbox-hubspot-emulator.md}.
 *
 * <p>The Java methods seed and inspect the portal without an HTTP round trip; changes made through them count as
 * made in HubSpot's UI ({@code changeSource CRM_UI}). <b>Threading:</b> every method is thread-safe.
 */
public final class HubSpotEmulator implements AutoCloseable {

    private final HubSpotEmulatorOptions options;
    private final Portal portal;
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final Optional<WebhookDispatcher> webhooks;

    private HubSpotEmulator(HubSpotEmulatorOptions options, Portal portal, HttpServer server, ExecutorService workers,
                            ScheduledExecutorService scheduler, Optional<WebhookDispatcher> webhooks) {
        this.options = options;
        this.portal = portal;
        this.server = server;
        this.workers = workers;
        this.scheduler = scheduler;
        this.webhooks = webhooks;
    }

    /**
     * The JDK server's switch for TCP_NODELAY, read once when its first server starts. Without it every response
     * whose body follows its headers waits for the client's delayed ACK (about 40 ms a request).
     */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** Starts an emulator with an empty portal; close it to stop serving. */
    public static HubSpotEmulator start(HubSpotEmulatorOptions options) {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        Random random = new Random(options.seed());
        Portal portal = new Portal(options.clock(), new SearchIndex(options.searchIndexDelay(), options.seed()));
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemon("hubspot-emulator-"));
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, daemon("hubspot-emulator-timer-"));
        Optional<WebhookDispatcher> webhooks = Optional.ofNullable(options.webhook()).map(webhook ->
                new WebhookDispatcher(webhook, options.portalId(), options.clock(), scheduler,
                        HttpClient.newBuilder().executor(workers).build()));
        webhooks.ifPresent(portal::listen);
        ChangeOrigin apiOrigin = ChangeOrigin.integration(
                Optional.ofNullable(options.webhook()).map(WebhookOptions::appId).orElse(options.portalId()));
        TokenRegistry tokens = new TokenRegistry(options.accessTokens(), options.accessTokenLifetime(),
                options.clock(), random);
        Router router = new Router();
        new OAuthRoutes(tokens, options.clientId(), options.clientSecret(), options.portalId()).register(router);
        new SearchRoutes(portal).register(router);
        new BatchRoutes(portal, apiOrigin).register(router);
        new AssociationRoutes(portal).register(router);
        new ObjectRoutes(portal, apiOrigin).register(router);
        new PropertyRoutes(portal).register(router);
        new OwnerRoutes(portal).register(router);
        RequestPipeline pipeline = new RequestPipeline(router, tokens, new FaultInjector(random, options),
                new RequestBudget(options.tenSecondBudget(), options.dailyBudget(), options.clock()),
                new SearchThrottle(options.searchPerSecond(), options.clock()), options.timeoutDelay(), workers,
                scheduler, options.seed());
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
            server.createContext("/", pipeline);
            server.setExecutor(workers);
            server.start();
            return new HubSpotEmulator(options, portal, server, workers, scheduler, webhooks);
        } catch (IOException e) {
            workers.shutdownNow();
            scheduler.shutdownNow();
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + options.port(), e);
        }
    }

    /** e.g. {@code http://127.0.0.1:54321}: use it as a HubSpot client's base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public HubSpotEmulatorOptions options() {
        return options;
    }

    /** Creates a record as a HubSpot user would (validated like an API write; no inline associations). */
    public HubSpotRecord create(ObjectType type, Map<String, String> properties) {
        return seeding(() -> portal.create(type, properties, List.of(), ChangeOrigin.crmUi()));
    }

    /**
     * Logs an activity (an email, call, meeting, note or task) on a record as a HubSpot user would: created with its
     * default association in one step, as the CRM's UI and HubSpot's integrations do.
     */
    public HubSpotRecord createOn(ObjectType type, Map<String, String> properties, ObjectType toType, long toId) {
        AssociationTypes.Type association = AssociationTypes.requireUnlabeled(type, toType);
        return seeding(() -> portal.create(type, properties,
                List.of(new Portal.InlineAssociation(toId, List.of(association.id()))), ChangeOrigin.crmUi()));
    }

    /** Updates a live record as a HubSpot user would (the lifecycle stage still moves forward only). */
    public HubSpotRecord update(ObjectType type, long id, Map<String, String> properties) {
        return seeding(() -> portal.update(type, id, properties, ChangeOrigin.crmUi()));
    }

    public void archive(ObjectType type, long id) {
        portal.archive(type, id);
    }

    /** Merges contact {@code mergedId} into {@code primaryId} as a HubSpot user would; returns the primary. */
    public HubSpotRecord mergeContacts(long primaryId, long mergedId) {
        return seeding(() -> portal.merge(ObjectType.CONTACTS, primaryId, mergedId, ChangeOrigin.crmUi()));
    }

    /** Associates two live records with the unlabeled (default) type in both directions. */
    public void associate(ObjectType fromType, long fromId, ObjectType toType, long toId) {
        seeding(() -> portal.atomically(() -> {
            portal.find(fromType, fromId).orElseThrow(() -> Portal.notFound(fromType, fromId));
            portal.find(toType, toId).orElseThrow(() -> Portal.notFound(toType, toId));
            return portal.associations().add(new AssociationStore.End(fromType, fromId),
                    new AssociationStore.End(toType, toId), AssociationTypes.requireUnlabeled(fromType, toType));
        }));
    }

    /** The ids of the {@code toType} records associated with a record, in association order. */
    public List<Long> associatedIds(ObjectType fromType, long fromId, ObjectType toType) {
        return portal.atomically(() -> List.copyOf(portal.associations()
                .associated(new AssociationStore.End(fromType, fromId), toType).keySet()));
    }

    /**
     * Adds an owner; its id is what {@code hubspot_owner_id} takes.
     *
     * @param team the primary team's name, or null
     */
    public HubSpotOwner createOwner(String email, String firstName, String lastName, String team) {
        return portal.atomically(() -> portal.owners().add(email, firstName, lastName, team, portal.now()));
    }

    public List<HubSpotOwner> owners() {
        return portal.atomically(() -> portal.owners().all());
    }

    /** Adds a portal-defined property, e.g. a custom external id with unique values. */
    public void defineProperty(ObjectType type, PropertyDefinition definition) {
        seeding(() -> {
            portal.properties().define(type, definition);
            return definition;
        });
    }

    /**
     * Deletes one option of an enumeration property (e.g. a {@code hs_lead_status} value) while the emulator runs, as
     * a portal admin can at any time: later writes of the value are refused with {@code INVALID_OPTION}.
     */
    public void deletePropertyOption(ObjectType type, String property, String value) {
        seeding(() -> {
            portal.properties().deleteOption(type, property, value);
            return value;
        });
    }

    /** The live (not archived) records of a type, oldest first. */
    public List<HubSpotRecord> records(ObjectType type) {
        return portal.live(type);
    }

    public int count(ObjectType type) {
        return portal.live(type).size();
    }

    /** A record by id, archived ones included. */
    public Optional<HubSpotRecord> record(ObjectType type, long id) {
        return portal.findIncludingArchived(type, id);
    }

    public Optional<HubSpotRecord> contactByEmail(String email) {
        return portal.findBy(ObjectType.CONTACTS, "email", email);
    }

    /** Webhook requests the target acknowledged with 2xx (0 without webhook delivery). */
    public int webhookRequestsDelivered() {
        return webhooks.map(WebhookDispatcher::deliveredRequests).orElse(0);
    }

    /** Webhook attempts that failed and were retried or given up (0 without webhook delivery). */
    public int webhookAttemptsFailed() {
        return webhooks.map(WebhookDispatcher::failedAttempts).orElse(0);
    }

    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    private static <T> T seeding(Supplier<T> work) {
        try {
            return work.get();
        } catch (ApiException refused) {
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
