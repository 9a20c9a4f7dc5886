package io.leadbridge.hubspot.client;

import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.hubspot.client.HubSpotTransport.Answer;
import io.leadbridge.hubspot.client.HubSpotTransport.Kind;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A thin typed client for HubSpot's CRM API, on the date-versioned paths ({@code /crm/objects/2026-03/...})
 * or, for {@code v3}, the classic ones ({@code /crm/v3/...}, associations on {@code /crm/v4/...}).
 *
 * <p><b>Threading:</b> safe to share between threads. <b>Limits:</b> every call takes a permit from the
 * shared {@link HubSpotRateLimits} first. <b>Failures:</b> every failed call throws
 * {@link SyncFailureException} whose failure is classified once, here: 429 is
 * {@link io.leadbridge.core.failure.SyncFailure.RateLimited RateLimited}; 423, 477, 5xx, timeouts and
 * connection errors are {@link io.leadbridge.core.failure.SyncFailure.Retriable Retriable}; 409 is a
 * {@link io.leadbridge.core.failure.SyncFailure.Conflict Conflict}; 401 is answered with one token refresh
 * and one repeat, then, like every other status, is
 * {@link io.leadbridge.core.failure.SyncFailure.Permanent Permanent}. Failures carry HubSpot's correlation
 * id; messages never hold the access token or record bodies. Batch calls return per-record errors (207)
 * in {@link BatchResult#errors()} instead of throwing.
 */
public final class HubSpotClient {

    private final ApiPaths paths;
    private final HubSpotTransport transport;
    private final ObjectMapper json;

    /** A client on a static token with the default limits. */
    public HubSpotClient(HttpClient http, URI baseUrl, String accessToken, String apiVersion,
                         Duration requestTimeout) {
        this(http, baseUrl, new StaticAccessToken(accessToken), apiVersion, requestTimeout,
                HubSpotRateLimits.unshared());
    }

    /**
     * @param baseUrl        e.g. {@code https://api.hubapi.com}; a path prefix is kept
     * @param tokens         the bearer token of each call
     * @param apiVersion     a date version such as {@code 2026-03}, or {@code v3}
     * @param requestTimeout how long to wait for each response
     * @param limits         the account's budget, shared by every client of the account
     */
    public HubSpotClient(HttpClient http, URI baseUrl, AccessTokenSource tokens, String apiVersion,
                         Duration requestTimeout, HubSpotRateLimits limits) {
        this.paths = new ApiPaths(apiVersion);
        this.json = HubSpotJson.mapper();
        this.transport = new HubSpotTransport(http, baseUrl, tokens, requestTimeout, limits, json);
    }

    /** A client on its own {@link HttpClient} that gives up connecting after {@code connectTimeout}. */
    public static HubSpotClient create(URI baseUrl, String accessToken, String apiVersion, Duration connectTimeout,
                                       Duration requestTimeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        return new HubSpotClient(http, baseUrl, accessToken, apiVersion, requestTimeout);
    }

    /**
     * A client on its own {@link HttpClient} authenticating with OAuth 2.0 access tokens refreshed from
     * {@code refreshToken} (see {@link OAuthRefreshTokenSource}).
     */
    public static HubSpotClient withOAuthRefresh(URI baseUrl, String apiVersion, Duration connectTimeout,
                                                 Duration requestTimeout, String clientId, String clientSecret,
                                                 String refreshToken, HubSpotRateLimits limits, Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        AccessTokenSource tokens = new OAuthRefreshTokenSource(http, baseUrl, apiVersion, clientId, clientSecret,
                refreshToken, requestTimeout, clock);
        return new HubSpotClient(http, baseUrl, tokens, apiVersion, requestTimeout, limits);
    }

    /** A client on its own {@link HttpClient} sending a private-app or service-key token. */
    public static HubSpotClient withStaticToken(URI baseUrl, String apiVersion, Duration connectTimeout,
                                                Duration requestTimeout, String accessToken, HubSpotRateLimits limits) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        return new HubSpotClient(http, baseUrl, new StaticAccessToken(accessToken), apiVersion, requestTimeout, limits);
    }

    // ---- records of any type (contacts, companies, deals, notes, emails, calls, tasks, meetings) ----

    /**
     * Runs one CRM search page: {@code POST /crm/objects/{version}/{objectType}/search}, through the search
     * limiter (5 per second per account).
     *
     * @param objectType e.g. {@code contacts} or an object type id such as {@code 0-1}
     */
    public SearchResponse searchObjects(String objectType, SearchRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.call("POST", paths.objects(objectType) + "/search", request, SearchResponse.class,
                Kind.SEARCH).body();
    }

    /** {@code GET .../{objectType}/{id}?properties=..}; a 404 is a Permanent failure. */
    public HubSpotObject getObject(CrmObjectType type, String id, List<String> properties) {
        return transport.call("GET", paths.objects(type.objectPath()) + "/" + ApiPaths.segment(id)
                + propertiesQuery('?', properties), null, HubSpotObject.class, Kind.STANDARD).body();
    }

    /** One page of a record list, up to 100 records; {@code after} null for the first page. */
    public ObjectPage listObjects(CrmObjectType type, List<String> properties, int limit, String after) {
        requireLimit(limit, 100);
        String query = "?limit=" + limit + (after == null ? "" : "&after=" + ApiPaths.query(after))
                + propertiesQuery('&', properties) + "&archived=false";
        return transport.call("GET", paths.objects(type.objectPath()) + query, null, ObjectPage.class,
                Kind.STANDARD).body();
    }

    /** {@code DELETE .../{objectType}/{id}}: archives the record; HubSpot answers 204 whether or not it existed. */
    public void archiveObject(CrmObjectType type, String id) {
        transport.call("DELETE", paths.objects(type.objectPath()) + "/" + ApiPaths.segment(id), null, Void.class,
                Kind.STANDARD);
    }

    /**
     * {@code POST .../{objectType}/merge}: merges {@code objectIdToMerge} into {@code primaryObjectId}, which keeps
     * its id; the merged record is archived. Returns the merged record.
     */
    public HubSpotObject mergeObjects(CrmObjectType type, MergeInput input) {
        Objects.requireNonNull(input, "input");
        return transport.call("POST", paths.objects(type.objectPath()) + "/merge", input, HubSpotObject.class,
                Kind.STANDARD).body();
    }

    /** Creates one record with inline associations (the way activities are logged on a contact). */
    public HubSpotObject createObject(CrmObjectType type, ObjectInput input) {
        Objects.requireNonNull(input, "input");
        return transport.call("POST", paths.objects(type.objectPath()), input, HubSpotObject.class, Kind.STANDARD)
                .body();
    }

    /** {@code POST .../batch/read}: up to 100 records by id, or by a unique property when the request names one. */
    public BatchResult<HubSpotObject> batchRead(CrmObjectType type, BatchReadRequest request) {
        return batch(type, "/batch/read?archived=false", request, HubSpotObject.class);
    }

    /** {@code POST .../batch/create}: up to 100 records. */
    public BatchResult<HubSpotObject> batchCreate(CrmObjectType type, BatchInput<ObjectInput> request) {
        return batch(type, "/batch/create", request, HubSpotObject.class);
    }

    /** {@code POST .../batch/update}: up to 100 records, by record id. */
    public BatchResult<HubSpotObject> batchUpdate(CrmObjectType type, BatchInput<ObjectUpdate> request) {
        return batch(type, "/batch/update", request, HubSpotObject.class);
    }

    /** {@code POST .../batch/upsert}: up to 100 records, by a unique property such as {@code email}. */
    public BatchResult<UpsertedObject> batchUpsert(CrmObjectType type, BatchInput<ObjectUpsert> request) {
        return batch(type, "/batch/upsert", request, UpsertedObject.class);
    }

    // ---- associations (v4 semantics) ----

    /** One page of the associations of record {@code id} to {@code toType}, up to 500. */
    public AssociationPage associations(CrmObjectType fromType, String id, CrmObjectType toType, int limit,
                                        String after) {
        requireLimit(limit, 500);
        String query = "?limit=" + limit + (after == null ? "" : "&after=" + ApiPaths.query(after));
        return transport.call("GET", paths.objectAssociations(fromType.pathName(), id, toType.pathName()) + query,
                null, AssociationPage.class, Kind.STANDARD).body();
    }

    /** Links two records with the unlabeled default association. */
    public void associateDefault(CrmObjectType fromType, String fromId, CrmObjectType toType, String toId) {
        transport.call("PUT", paths.defaultAssociation(fromType.pathName(), fromId, toType.pathName(), toId), null,
                Void.class, Kind.STANDARD);
    }

    /** {@code POST /crm/associations/{version}/{from}/{to}/batch/read}: up to 1,000 records. */
    public BatchResult<AssociationsOf> batchReadAssociations(CrmObjectType fromType, CrmObjectType toType,
                                                             List<String> ids) {
        BatchInput<ObjectId> request = new BatchInput<>(ids.stream().map(ObjectId::new).toList());
        return batchAt(paths.associations(fromType.pathName(), toType.pathName()) + "/batch/read", request, 1000,
                AssociationsOf.class);
    }

    /** {@code POST /crm/associations/{version}/{from}/{to}/batch/create}: up to 2,000 labeled links. */
    public BatchResult<JsonNode> batchCreateAssociations(CrmObjectType fromType, CrmObjectType toType,
                                                         List<AssociationLink> links) {
        return batchAt(paths.associations(fromType.pathName(), toType.pathName()) + "/batch/create",
                new BatchInput<>(links), 2000, JsonNode.class);
    }

    // ---- properties and owners ----

    /** One property with its options, e.g. {@code contacts} / {@code lifecyclestage}. */
    public PropertyDefinition property(CrmObjectType type, String propertyName) {
        return transport.call("GET", paths.properties(type.pathName()) + "/" + ApiPaths.segment(propertyName)
                + "?archived=false", null, PropertyDefinition.class, Kind.STANDARD).body();
    }

    /** Every property of an object type. */
    public List<PropertyDefinition> properties(CrmObjectType type) {
        return transport.call("GET", paths.properties(type.pathName()) + "?archived=false", null,
                PropertyList.class, Kind.STANDARD).body().results();
    }

    /** One page of owners, optionally only the one with {@code email}; {@code after} null for the first page. */
    public OwnerPage owners(String email, int limit, String after) {
        requireLimit(limit, 500);
        String query = "?limit=" + limit + "&archived=false" + (email == null ? "" : "&email=" + ApiPaths.query(email))
                + (after == null ? "" : "&after=" + ApiPaths.query(after));
        return transport.call("GET", paths.owners() + query, null, OwnerPage.class, Kind.STANDARD).body();
    }

    /** The rate-limit headers of the latest response that carried any; empty until then. */
    public Optional<RateLimitStatus> lastRateLimit() {
        return transport.lastRateLimit();
    }

    private <T> BatchResult<T> batch(CrmObjectType type, String suffix, Object request, Class<T> resultType) {
        return batchAt(paths.objects(type.objectPath()) + suffix, request, BatchInput.MAX_INPUTS, resultType);
    }

    private <T> BatchResult<T> batchAt(String path, Object request, int maxInputs, Class<T> resultType) {
        Objects.requireNonNull(request, "request");
        if (request instanceof BatchInput<?> input && input.inputs().size() > maxInputs) {
            throw new IllegalArgumentException("this batch takes at most " + maxInputs + " inputs, got "
                    + input.inputs().size());
        }
        Answer<JsonNode> answer = transport.call("POST", path, request, JsonNode.class, Kind.STANDARD);
        JsonNode body = answer.body();
        List<T> results = new ArrayList<>();
        List<BatchResult.BatchError> errors = new ArrayList<>();
        if (body == null) {
            return new BatchResult<>(results, errors);
        }
        for (JsonNode result : body.path("results").values()) {
            results.add(json.treeToValue(result, resultType));
        }
        for (JsonNode error : body.path("errors").values()) {
            errors.add(new BatchResult.BatchError(transport.batchError(error, answer.correlationId()),
                    namedIds(error.path("context"))));
        }
        return new BatchResult<>(results, errors);
    }

    private static List<String> namedIds(JsonNode context) {
        List<String> ids = new ArrayList<>();
        for (String key : List.of("ids", "id", "emails", "email", "objectWriteTraceId")) {
            ids.addAll(ErrorBody.strings(context.path(key)));
        }
        return ids;
    }

    private static String propertiesQuery(char separator, List<String> properties) {
        return properties.isEmpty() ? "" : separator + "properties=" + ApiPaths.query(String.join(",", properties));
    }

    private static void requireLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new IllegalArgumentException("limit must be between 1 and " + max + ", was " + limit);
        }
    }
}
