package io.leadbridge.app.admin;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.flow.HubSpotStartupCheck;
import io.leadbridge.app.flow.SyncMetrics;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.port.WatermarkStore;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read models behind the admin console and the {@code /api} endpoints. They work in every mode: without a
 * configured CRM the CRM parts are simply absent.
 */
@Configuration(proxyBeanMethods = false)
public class AdminConfiguration {

    @Bean
    SettingsCheck settingsCheck(ObjectProvider<HubSpotStartupCheck> hubspot, ObjectProvider<SalesforceAdapter> salesforce,
                                ConnectorProperties properties, Clock clock) {
        return new SettingsCheck(ifAvailable(hubspot), ifAvailable(salesforce), properties, clock);
    }

    @Bean
    SyncHealth syncHealth(JdbcClient jdbc, WatermarkStore watermarks, ObjectProvider<SyncMetrics> metrics,
                          MeterRegistry registry, Clock clock) {
        return new SyncHealth(jdbc, watermarks, ifAvailable(metrics), registry, clock);
    }

    @Bean
    ApiBudgets apiBudgets(ObjectProvider<HubSpotAdapter> hubspot, ObjectProvider<SalesforceAdapter> salesforce,
                          ConnectorProperties properties) {
        return new ApiBudgets(ifAvailable(hubspot), ifAvailable(salesforce), properties.salesforce().dailyApiShare());
    }

    @Bean
    PersonTimeline personTimeline(AuditTrail audit, IdMappingStore ids) {
        return new PersonTimeline(audit, ids);
    }

    /** The bean when the current mode has one (live and sandbox mode), asked when needed rather than at start-up. */
    private static <T> Supplier<Optional<T>> ifAvailable(ObjectProvider<T> provider) {
        return () -> Optional.ofNullable(provider.getIfAvailable());
    }
}
