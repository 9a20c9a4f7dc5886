package io.leadbridge.app.config;

import io.leadbridge.core.model.CrmSystem;
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
                                  @DefaultValue Workflow workflow) {

    /**
     * {@code connector.hubspot.*}
     *
     * @param refreshToken     OAuth 2.0 refresh token; with {@code clientId} and {@code clientSecret} it replaces
     *                         the static {@code accessToken}
     * @param dailyLimitShare  the share of the account's daily API limit the connector may use, in (0, 1]
     * @param accountTimeZone  the HubSpot account's time zone, where the daily limit resets at midnight
     * @param webhookPublicUrl the public URL HubSpot posts webhooks to, when the app cannot see it (a proxy that
     *                         sends no {@code X-Forwarded-*} headers)
     */
    public record HubSpot(@DefaultValue("https://api.hubapi.com") URI baseUrl, String accessToken,
                          String clientSecret, @DefaultValue("2026-03") String apiVersion,
                          @DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
                          String refreshToken, String clientId, @DefaultValue("1.0") double dailyLimitShare,
                          @DefaultValue("UTC") String accountTimeZone, URI webhookPublicUrl) {

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
                    + ", accountTimeZone=" + accountTimeZone + ", webhookPublicUrl=" + webhookPublicUrl + "]";
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
     * {@code connector.sync.*}: pacing of the pipeline, the person-field mapping table, and the system whose change
     * wins a two-way-newest-wins field when both sides changed the record at the same time.
     */
    public record Sync(@DefaultValue("15s") Duration pollInterval, @DefaultValue("1s") Duration drainInterval,
                       @DefaultValue("200") int batchSize, @DefaultValue("200") int pageSize,
                       @DefaultValue("5") int maxPagesPerPoll, @DefaultValue("2m") Duration lease,
                       @DefaultValue Retry retry, List<PersonFieldEntry> personFields,
                       List<StatusMappingEntry> statusMappings, @DefaultValue("15s") Duration salesforcePollInterval,
                       @DefaultValue("hubspot") CrmSystem tieWinner) {
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
