package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.engine.ChangeIngestor;
import io.leadbridge.core.engine.DeleteHandling;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceContactSource;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Person identity beyond the Lead: deletes as configured ({@code connector.sync.deletes}), and Salesforce Contacts
 * as a source: a leader-only poller reads the {@code salesforce.contacts} stream into the same
 * inbox as Leads, at the Salesforce poll interval, so a person whose Salesforce record is a Contact (matched by
 * email, or a converted Lead's Contact) syncs both ways and a conversion moves the person's link to the Contact.
 * Its beans come after the start-up checks in their usual order (the mapping tables, then the HubSpot portal), so
 * that a bad table or a portal lacking a mapped property stops the start before the Salesforce adapter connects.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
@DependsOn({"personFieldMappings", "statusMappings", "hubspotStartupCheck"})
public class PersonIdentityConfiguration {

    /**
     * A deleted record's person: the other record deleted too or left, then both unlinked; a merged record's person
     * moves to the survivor, and two linked people are merged in the other CRM too or reported.
     */
    @Bean
    DeleteHandling deleteHandling(IdMappingStore ids, HubSpotAdapter hubspot, SalesforceAdapter salesforce,
                                  AuditTrail auditTrail, ConnectorProperties properties) {
        return new DeleteHandling(ids, properties.sync().deletes(),
                List.of(hubspot.personDeleter(), salesforce.personDeleter()), auditTrail, properties.sync().merges(),
                List.of(hubspot.personMerger(), salesforce.personMerger()));
    }

    @Bean
    CrmSource salesforceContactSource(SalesforceAdapter salesforce, FieldMappings mappings) {
        return salesforce.contactSource(mappings);
    }

    @Bean
    ChangeIngestor salesforceContactIngestor(CrmSource salesforceContactSource, ChangeInbox inbox,
                                             WatermarkStore watermarks, ConnectorProperties properties,
                                             PollReadAhead pollReadAhead) {
        return new ChangeIngestor(salesforceContactSource, inbox, watermarks, properties.sync().pageSize(),
                properties.sync().maxPagesPerPoll(), pollReadAhead.executor());
    }

    @Bean
    IntegrationFlow salesforceContactsPollFlow(ChangeIngestor salesforceContactIngestor, SyncMetrics metrics,
                                               ConnectorProperties properties) {
        return SyncPipelineConfiguration.pollFlow(salesforceContactIngestor, SalesforceContactSource.CONTACTS,
                "salesforceContactsPoller", properties.sync().salesforcePollInterval(), metrics);
    }
}
