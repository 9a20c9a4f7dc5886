package io.leadbridge.app.flow;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.core.engine.ChangeIngestor;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.leadbridge.salesforce.SalesforceContactSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Salesforce Contacts as a source: a leader-only poller reads the {@code salesforce.contacts} stream into the same
 * inbox as Leads, at the Salesforce poll interval, so a person whose Salesforce record is a Contact (matched by
 * email, or a converted Lead's Contact) syncs both ways and a conversion moves the person's link to the Contact.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
public class SalesforceContactsConfiguration {

    @Bean
    CrmSource salesforceContactSource(SalesforceAdapter salesforce, FieldMappings mappings) {
        return salesforce.contactSource(mappings);
    }

    @Bean
    ChangeIngestor salesforceContactIngestor(CrmSource salesforceContactSource, ChangeInbox inbox,
                                             WatermarkStore watermarks, ConnectorProperties properties) {
        return new ChangeIngestor(salesforceContactSource, inbox, watermarks, properties.sync().pageSize(),
                properties.sync().maxPagesPerPoll());
    }

    @Bean
    IntegrationFlow salesforceContactsPollFlow(ChangeIngestor salesforceContactIngestor, SyncMetrics metrics,
                                               ConnectorProperties properties) {
        return SyncPipelineConfiguration.pollFlow(salesforceContactIngestor, SalesforceContactSource.CONTACTS,
                "salesforceContactsPoller", properties.sync().salesforcePollInterval(), metrics);
    }
}
