package io.leadbridge.hubspot;

import io.leadbridge.core.company.CompanyFieldMappings;
import io.leadbridge.core.echo.OwnWriteStore;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.PersonDeleter;
import io.leadbridge.core.port.PersonMerger;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.StatusMappings;
import io.leadbridge.core.workflow.WorkflowCommandCarrier;
import io.leadbridge.core.workflow.handoff.LeadAnswers;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotRateLimits;
import io.leadbridge.hubspot.mapping.CompanyMapper;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Builds the HubSpot side of the connector from validated settings; the only entry point the app needs.
 * Everything built from one {@link #connect} shares one HTTP client, one token source and one rate budget,
 * as HubSpot counts them per account.
 */
public final class HubSpotAdapter {

    /** The engagement types read as touches, by HubSpot's path names. */
    public static final List<String> TOUCH_TYPES = List.of("emails", "calls", "meetings", "notes", "tasks");

    private final HubSpotClient client;
    private final HubSpotRateLimits limits;
    private final SearchLag searchLag;

    private HubSpotAdapter(HubSpotClient client, HubSpotRateLimits limits, SearchLag searchLag) {
        this.client = client;
        this.limits = limits;
        this.searchLag = searchLag;
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
        return new HubSpotAdapter(client, limits, SearchLag.NONE);
    }

    /**
     * The same connection, whose change readers (contacts, companies, engagements) leave versions modified within
     * {@code lag} of now for a later read, as HubSpot's search may not show everything older yet ({@link SearchLag}).
     */
    public HubSpotAdapter withSearchLag(Duration lag, Clock clock) {
        return new HubSpotAdapter(client, limits, new SearchLag(lag, clock));
    }

    /** The contact change source of a fresh connection (kept for callers that need nothing else). */
    public static CrmSource contactSource(HubSpotSettings settings, FieldMappings mappings) {
        return connect(settings, Clock.systemUTC()).contactSource(mappings);
    }

    /** Changed contacts by CRM search on {@code lastmodifieddate}. */
    public HubSpotContactSource contactSource(FieldMappings mappings) {
        return new HubSpotContactSource(client, Objects.requireNonNull(mappings, "mappings"), Optional.empty(),
                searchLag);
    }

    /** As {@link #contactSource(FieldMappings)}, with contacts' owners read by email through {@code owners}. */
    public HubSpotContactSource contactSource(FieldMappings mappings, OwnerDirectory owners) {
        return new HubSpotContactSource(client, Objects.requireNonNull(mappings, "mappings"), Optional.of(owners),
                searchLag);
    }

    /**
     * As {@link #contactSource(FieldMappings, OwnerDirectory)}, with searches of {@code perSearch} contacts; a read
     * of more asks for the search pages after its first side by side on {@code pages}.
     */
    public HubSpotContactSource contactSource(FieldMappings mappings, OwnerDirectory owners, int perSearch,
                                              Executor pages) {
        return new HubSpotContactSource(client, Objects.requireNonNull(mappings, "mappings"), Optional.of(owners),
                searchLag, perSearch, pages);
    }

    /** Changed emails and calls, with the contacts they are logged on, by CRM search on {@code hs_lastmodifieddate}. */
    public HubSpotTouchReader touchReader() {
        return new HubSpotTouchReader(client, searchLag);
    }

    /**
     * One engagement type's touches as a feed ({@code hubspot.emails}, {@code hubspot.calls}, ...).
     *
     * @param engagementType one of {@link #TOUCH_TYPES}
     * @return empty for any other name
     */
    public Optional<HubSpotTouchFeed> touchFeed(String engagementType) {
        return Arrays.stream(CrmObjectType.values())
                .filter(type -> type.pathName().equals(engagementType) && TOUCH_TYPES.contains(type.pathName()))
                .findFirst().map(type -> new HubSpotTouchFeed(touchReader(), type));
    }

    /**
     * Carries the SDR workflow's notes, stage moves and returns to marketing out on the person's contact, found
     * through {@code ids}; stage moves use the status table's values and every property written is remembered in
     * {@code ownWrites} for echo suppression.
     */
    public WorkflowCommandCarrier workflowCommands(IdMappingStore ids, StatusMappings statuses,
                                                   OwnWriteStore ownWrites, Clock clock) {
        return new HubSpotWorkflowCommands(client, ids, statuses, ownWrites, clock);
    }

    /** Reads an AE's answer to a handoff (the contact's lead status and the rules' reason property). */
    public LeadAnswers leadAnswers() {
        return new HubSpotContactAnswers(client);
    }

    /** The SDR-context note on contacts; {@code clock} dates the note. */
    public HubSpotSdrContextSink sdrContextSink(Clock clock) {
        return new HubSpotSdrContextSink(client, clock);
    }

    /** Mirrors Salesforce touches as engagements on the contact. */
    public HubSpotActivitySink activitySink() {
        return new HubSpotActivitySink(client);
    }

    /** Contacts written by batch update (known id) or batch upsert on email. */
    public CrmSink contactSink(FieldMappings mappings) {
        return new HubSpotContactSink(client, Objects.requireNonNull(mappings, "mappings"));
    }

    /** As {@link #contactSink(FieldMappings)}, with contacts' owners written by email through {@code owners}. */
    public CrmSink contactSink(FieldMappings mappings, OwnerDirectory owners) {
        return new HubSpotContactSink(client, Objects.requireNonNull(mappings, "mappings"), Optional.of(owners));
    }

    /** Archives contacts, for deletes propagated from Salesforce. */
    public PersonDeleter personDeleter() {
        return new HubSpotPersonDeleter(client);
    }

    /** Merges contacts, for merges propagated from Salesforce. */
    public PersonMerger personMerger() {
        return new HubSpotPersonMerger(client);
    }

    /** Contacts read by id in batches of 100, for webhook events. */
    public HubSpotContactLookup contactLookup(FieldMappings mappings) {
        return new HubSpotContactLookup(client, Objects.requireNonNull(mappings, "mappings"));
    }

    /** As {@link #contactLookup(FieldMappings)}, with contacts' owners read by email through {@code owners}. */
    public HubSpotContactLookup contactLookup(FieldMappings mappings, OwnerDirectory owners) {
        return new HubSpotContactLookup(client, Objects.requireNonNull(mappings, "mappings"), Optional.of(owners));
    }

    /** Contacts by email, for identity resolution. */
    public HubSpotPeopleLookup peopleLookup(FieldMappings mappings) {
        return new HubSpotPeopleLookup(client, Objects.requireNonNull(mappings, "mappings"));
    }

    /** Changed companies by CRM search on {@code hs_lastmodifieddate}. */
    public HubSpotCompanySource companySource(CompanyFieldMappings mappings, OwnerDirectory owners) {
        return new HubSpotCompanySource(client, new CompanyMapper(mappings, owners), searchLag);
    }

    /** Companies updated by batch update (known id) or created one by one. */
    public HubSpotCompanySink companySink(CompanyFieldMappings mappings, OwnerDirectory owners) {
        return new HubSpotCompanySink(client, new CompanyMapper(mappings, owners));
    }

    /** Companies by domain, for company matching. */
    public HubSpotCompanyLookup companyLookup(CompanyFieldMappings mappings, OwnerDirectory owners) {
        return new HubSpotCompanyLookup(client, new CompanyMapper(mappings, owners));
    }

    /** Contacts' companies through the associations API, for lead-to-account by email domain. */
    public HubSpotContactCompanies contactCompanies() {
        return new HubSpotContactCompanies(client);
    }

    /** Every active owner by email, for owner mapping. */
    public HubSpotOwnerSource ownerSource() {
        return new HubSpotOwnerSource(client);
    }

    /** The account's daily budget shared by every call of this connection: usage and whether calls are held. */
    public HubSpotBudget budget() {
        return new HubSpotBudget(limits.dailyUsage().map(usage -> usage.used()),
                limits.dailyUsage().map(usage -> usage.limit()), limits.dailyShare(),
                limits.dailyBudgetWait().compareTo(Duration.ZERO) > 0);
    }

    /** The start-up check of the mapping tables against the portal's contact properties. */
    public HubSpotPortalCheck portalCheck() {
        return new HubSpotPortalCheck(client);
    }
}
