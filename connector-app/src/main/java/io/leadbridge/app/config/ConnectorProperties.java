package io.leadbridge.app.config;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.DeletePolicy;
import io.leadbridge.core.sync.MergePolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code connector.*}. Each key is documented in {@code README.md}; secrets are never
 * logged ({@link #toString()} of the nested records redacts them).
 */
@ConfigurationProperties("connector")
public record ConnectorProperties(@DefaultValue HubSpot hubspot, @DefaultValue Salesforce salesforce,
                                  @DefaultValue Sync sync, @DefaultValue Rules rules,
                                  @DefaultValue Workflow workflow, @DefaultValue Admin admin) {

    /**
     * {@code connector.hubspot.*}
     *
     * @param refreshToken     OAuth 2.0 refresh token; with {@code clientId} and {@code clientSecret} it replaces
     *                         the static {@code accessToken}
     * @param dailyLimitShare  the share of the account's daily API limit the connector may use, in (0, 1]
     * @param accountTimeZone  the HubSpot account's time zone, where the daily limit resets at midnight
     * @param webhookPublicUrl the public URL HubSpot posts webhooks to, when the app cannot see it (a proxy that
     *                         sends no {@code X-Forwarded-*} headers)
     * @param searchesAtOnce   contact search pages one read of the contacts poller asks for: the first alone, the
     *                         rest side by side; 1 to 5 (HubSpot's searches a second)
     */
    public record HubSpot(@DefaultValue("https://api.hubapi.com") URI baseUrl, String accessToken,
                          String clientSecret, @DefaultValue("2026-03") String apiVersion,
                          @DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
                          String refreshToken, String clientId, @DefaultValue("1.0") double dailyLimitShare,
                          @DefaultValue("UTC") String accountTimeZone, URI webhookPublicUrl,
                          @DefaultValue("10s") Duration searchLag, @DefaultValue("5") int searchesAtOnce) {

        boolean anySet() {
            return present(accessToken) || present(clientSecret) || present(refreshToken);
        }

        /** Whether OAuth refresh is configured (a refresh token is set). */
        public boolean oauth() {
            return present(refreshToken);
        }

        @Override
        public String toString() {
            return "HubSpot[baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + ", accessToken="
                    + redacted(accessToken) + ", clientId=" + clientId + ", clientSecret=" + redacted(clientSecret)
                    + ", refreshToken=" + redacted(refreshToken) + ", dailyLimitShare=" + dailyLimitShare
                    + ", accountTimeZone=" + accountTimeZone + ", webhookPublicUrl=" + webhookPublicUrl
                    + ", searchLag=" + searchLag + ", searchesAtOnce=" + searchesAtOnce + "]";
        }
    }

    /** {@code connector.salesforce.*} */
    public record Salesforce(URI instanceUrl, URI tokenUrl, String clientId, String clientSecret, String accessToken,
                             String organizationId, @DefaultValue("65.0") String apiVersion,
                             @DefaultValue("HubSpot_Id__c") String hubspotIdField,
                             @DefaultValue("10s") Duration connectTimeout, @DefaultValue("120s") Duration readTimeout,
                             @DefaultValue("0.5") double dailyApiShare, @DefaultValue("10000") int bulkThreshold,
                             String assignmentRuleId, @DefaultValue("false") boolean useDefaultAssignmentRule,
                             String convertedStatus, @DefaultValue("1MB") DataSize outboundMaxSize) {

        boolean anySet() {
            return instanceUrl != null || tokenUrl != null || present(clientId) || present(clientSecret)
                    || present(accessToken) || present(organizationId);
        }

        @Override
        public String toString() {
            return "Salesforce[instanceUrl=" + instanceUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId
                    + ", organizationId=" + organizationId + ", apiVersion=" + apiVersion + ", clientSecret="
                    + redacted(clientSecret) + ", accessToken=" + redacted(accessToken) + "]";
        }
    }

    /**
     * {@code connector.sync.*}: pacing of the pipeline, the person-field mapping table, the system whose change
     * wins a two-way-newest-wins field when both sides changed the record at the same time, and company sync.
     *
     * @param backfillInterval the pause between two pages of a running backfill (each page is {@code pageSize})
     * @param lockTtl          how long a poller-leadership or per-record lock outlives an instance that died holding
     *                         it: the longest a surviving instance waits before it takes over the pollers
     * @param merges           whether a merge of two people who each have a record in the other CRM merges those
     *                         records too ({@code propagate}) or is reported as {@code MERGE_CONFLICT} ({@code report})
     * @param inboxRetention   how long a settled change (written or obsolete, not parked) stays in the inbox with its
     *                         payload before it is deleted
     * @param drains           inbox drains that may run at once on this instance, each a batch of {@code batchSize}
     *                         under its records' and people's email locks
     */
    public record Sync(@DefaultValue("15s") Duration pollInterval, @DefaultValue("1s") Duration drainInterval,
                       @DefaultValue("200") int batchSize, @DefaultValue("200") int pageSize,
                       @DefaultValue("5") int maxPagesPerPoll, @DefaultValue("2m") Duration lease,
                       @DefaultValue Retry retry, List<PersonFieldEntry> personFields,
                       List<StatusMappingEntry> statusMappings, @DefaultValue("15s") Duration salesforcePollInterval,
                       @DefaultValue("hubspot") CrmSystem tieWinner, List<CompanyFieldEntry> companyFields,
                       @DefaultValue("30s") Duration companyPollInterval,
                       @DefaultValue("true") boolean companySyncEnabled,
                       @DefaultValue("10m") Duration ownerRefreshInterval,
                       @DefaultValue Touches touches,
                       @DefaultValue("ignore") DeletePolicy deletes,
                       @DefaultValue("1s") Duration backfillInterval,
                       @DefaultValue("2m") Duration lockTtl,
                       @DefaultValue("report") MergePolicy merges,
                       @DefaultValue("7d") Duration inboxRetention,
                       @DefaultValue("3") int drains) {
    }

    /**
     * {@code connector.sync.touches.*}: touch mirroring both ways and the SDR-context note.
     *
     * @param hubspotTypes    HubSpot engagement types read: {@code emails}, {@code calls}, {@code meetings},
     *                        {@code notes}, {@code tasks}
     * @param salesforceTypes Salesforce activity objects read: {@code Task}, {@code Event}
     * @param waitInterval    how long a touch waits before it is tried again: its person is not linked in the other
     *                        CRM yet, or the write failed in a way that may pass
     * @param noteTimeZone    the time zone of the times in the SDR-context note
     */
    public record Touches(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration pollInterval,
                          @DefaultValue({"emails", "calls", "meetings", "notes", "tasks"}) List<String> hubspotTypes,
                          @DefaultValue({"Task", "Event"}) List<String> salesforceTypes,
                          @DefaultValue("100") int pageSize, @DefaultValue("5") int maxPagesPerPoll,
                          @DefaultValue("50") int batchSize, @DefaultValue("1m") Duration waitInterval,
                          @DefaultValue("true") boolean sdrContextNote, @DefaultValue("UTC") String noteTimeZone) {
    }

    /** {@code connector.sync.retry.*} */
    public record Retry(@DefaultValue("8") int maxAttempts, @DefaultValue("5s") Duration initialBackoff,
                        @DefaultValue("15m") Duration maxBackoff) {
    }

    /** One row of {@code connector.sync.person-fields}. */
    public record PersonFieldEntry(String field, String hubspot, String salesforce, String ownership) {
    }

    /** One row of {@code connector.sync.status-mappings}: a funnel stage and its value in each CRM. */
    public record StatusMappingEntry(String stage, String hubspotLifecycleStage, String hubspotLeadStatus,
                                     String salesforceLeadStatus) {
    }

    /**
     * {@code connector.rules.*}
     *
     * @param location the rules file as a Spring resource ({@code file:./rules.yml}, {@code classpath:...}); unset,
     *                 the default rules file shipped in the jar is used
     */
    public record Rules(String location) {
    }

    /**
     * {@code connector.workflow.*}: pacing of the SDR workflow's SLA timers and funnel metrics.
     *
     * @param timerInterval  how often the poller leader fires due SLA timers
     * @param timersPerRun   the most timers fired in one run
     * @param timerLease     how long a timer being fired is kept from other instances; after it, a timer whose
     *                       instance died is fired again
     * @param metricsWindow  how far back the funnel gauges and {@code GET /api/funnel} look by default
     * @param metricsRefresh how often each instance recomputes the funnel gauges from the database
     */
    public record Workflow(@DefaultValue("10s") Duration timerInterval, @DefaultValue("100") int timersPerRun,
                           @DefaultValue("2m") Duration timerLease, @DefaultValue("30d") Duration metricsWindow,
                           @DefaultValue("1m") Duration metricsRefresh,
                           @DefaultValue("5s") Duration commandInterval, @DefaultValue("50") int commandsPerRun) {
    }

    /** One row of {@code connector.sync.company-fields}: a canonical company field, its names and its owner. */
    public record CompanyFieldEntry(String field, String hubspot, String salesforce, String ownership) {
    }

    /**
     * {@code connector.admin.*}: who may use the admin console and API, and how the CRM health checks are paced.
     *
     * @param users               console and API users; with none, one {@code admin} user gets a random password
     *                            that is logged once at start-up
     * @param publicMetrics       whether {@code /actuator/prometheus} answers without login (for a scraper inside
     *                            a trusted network); by default it needs a user
     * @param healthCheckInterval how long a CRM health result is reused before the CRM is asked again
     */
    public record Admin(List<AdminUser> users, @DefaultValue("false") boolean publicMetrics,
                        @DefaultValue("60s") Duration healthCheckInterval) {

        public Admin {
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    /**
     * One row of {@code connector.admin.users}.
     *
     * @param passwordHash a bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}), never the password itself
     * @param roles        {@code ADMIN} (everything) and/or {@code VIEWER} (read only)
     */
    public record AdminUser(String username, String passwordHash, List<String> roles) {

        public AdminUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        @Override
        public String toString() {
            return "AdminUser[username=" + username + ", passwordHash=" + redacted(passwordHash) + ", roles=" + roles
                    + "]";
        }
    }

    /** Whether any CRM credential or endpoint is configured; with none, the app starts unconfigured. */
    public boolean anyCrmConfigured() {
        return hubspot.anySet() || salesforce.anySet();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String redacted(String secret) {
        return present(secret) ? "****" : "<not set>";
    }
}
