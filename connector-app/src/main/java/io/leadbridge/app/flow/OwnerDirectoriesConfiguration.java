package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.owner.PersonOwners;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Each CRM's owners by email (HubSpot owners, active Salesforce Users), shared by company sync (ADR 0012) and
 * people's owners (ADR 0024). A list is read only when an owner is first translated, so a person-field table
 * without {@code ownerEmail} costs no owner reads. Created after the start-up checks, in their usual order.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
@DependsOn({"personFieldMappings", "statusMappings", "hubspotStartupCheck"})
public class OwnerDirectoriesConfiguration {

    /** An owner not found reloads its CRM's owner list at most this often. */
    static final Duration OWNER_MISS_REFRESH = Duration.ofMinutes(1);

    /** HubSpot owners by email, cached for {@code connector.sync.owner-refresh-interval}. */
    @Bean
    OwnerDirectory hubspotOwners(HubSpotAdapter hubspot, ConnectorProperties properties, Clock clock) {
        return new OwnerDirectory(hubspot.ownerSource(), clock, properties.sync().ownerRefreshInterval(),
                OWNER_MISS_REFRESH);
    }

    /** Active Salesforce users by email, cached for {@code connector.sync.owner-refresh-interval}. */
    @Bean
    OwnerDirectory salesforceOwners(SalesforceAdapter salesforce, ConnectorProperties properties, Clock clock) {
        return new OwnerDirectory(salesforce.userSource(), clock, properties.sync().ownerRefreshInterval(),
                OWNER_MISS_REFRESH);
    }

    /** People's owners: an owner the other CRM has no user for is left out of the write and reported. */
    @Bean
    PersonOwners personOwners(OwnerDirectory hubspotOwners, OwnerDirectory salesforceOwners) {
        return new PersonOwners(List.of(hubspotOwners, salesforceOwners));
    }
}
