package io.leadbridge.hubspot;

import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.port.PersonDeleter;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotRateLimits;
import java.time.Clock;
import java.util.Objects;

/**
 * Builds the HubSpot side of the connector from validated settings; the only entry point the app needs.
 * Everything built from one {@link #connect} shares one HTTP client, one token source and one rate budget,
 * as HubSpot counts them per account.
 */
public final class HubSpotAdapter {

    private final HubSpotClient client;

    private HubSpotAdapter(HubSpotClient client) {
        this.client = client;
    }

    /**
     * Connects within {@link HubSpotSettings#connectTimeout()}, waits {@link HubSpotSettings#readTimeout()} for
     * each response, authenticates with the static token or OAuth refresh, and budgets calls per account.
     */
    public static HubSpotAdapter connect(HubSpotSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        HubSpotRateLimits limits = new HubSpotRateLimits(settings.dailyLimitShare(), settings.accountTimeZone(), clock);
        HubSpotClient client = settings.oauth()
                .map(oauth -> HubSpotClient.withOAuthRefresh(settings.baseUrl(), settings.apiVersion(),
                        settings.connectTimeout(), settings.readTimeout(), oauth.clientId(), oauth.clientSecret(),
                        oauth.refreshToken(), limits, clock))
                .orElseGet(() -> HubSpotClient.withStaticToken(settings.baseUrl(), settings.apiVersion(),
                        settings.connectTimeout(), settings.readTimeout(), settings.accessToken(), limits));
        return new HubSpotAdapter(client);
    }

    /** The contact change source of a fresh connection (kept for callers that need nothing else). */
    public static CrmSource contactSource(HubSpotSettings settings, FieldMappings mappings) {
        return connect(settings, Clock.systemUTC()).contactSource(mappings);
    }

    /** Changed contacts by CRM search on {@code lastmodifieddate}. */
    public HubSpotContactSource contactSource(FieldMappings mappings) {
        return new HubSpotContactSource(client, Objects.requireNonNull(mappings, "mappings"));
    }

    /** Changed emails and calls, with the contacts they are logged on, by CRM search on {@code hs_lastmodifieddate}. */
    public HubSpotTouchReader touchReader() {
        return new HubSpotTouchReader(client);
    }

    /** Contacts written by batch update (known id) or batch upsert on email. */
    public CrmSink contactSink(FieldMappings mappings) {
        return new HubSpotContactSink(client, Objects.requireNonNull(mappings, "mappings"));
    }

    /** Archives contacts, for deletes propagated from Salesforce. */
    public PersonDeleter personDeleter() {
        return new HubSpotPersonDeleter(client);
    }

    /** Contacts read by id in batches of 100, for webhook events. */
    public HubSpotContactLookup contactLookup(FieldMappings mappings) {
        return new HubSpotContactLookup(client, Objects.requireNonNull(mappings, "mappings"));
    }

    /** Contacts by email, for identity resolution. */
    public HubSpotPeopleLookup peopleLookup(FieldMappings mappings) {
        return new HubSpotPeopleLookup(client, Objects.requireNonNull(mappings, "mappings"));
    }

    /** The start-up check of the mapping tables against the portal's contact properties. */
    public HubSpotPortalCheck portalCheck() {
        return new HubSpotPortalCheck(client);
    }
}
