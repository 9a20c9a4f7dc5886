package io.leadbridge.app.observe;

import io.leadbridge.app.admin.ApiBudgets;
import io.leadbridge.app.admin.SettingsCheck;
import io.leadbridge.app.admin.SyncHealth;
import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.core.port.ChangeInbox;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Observability: a health contributor per CRM, queue-depth and API-budget gauges, per-vendor write counters, and a
 * correlation id on every request's log lines.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    @Bean
    static CrmSinkMetering crmSinkMetering() {
        return new CrmSinkMetering();
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ConnectorGauges connectorGauges(ChangeInbox inbox, SyncHealth health, ApiBudgets budgets) {
        return new ConnectorGauges(inbox, health, budgets);
    }

    @Bean
    @Conditional(LiveModeCondition.class)
    CrmHealthIndicator hubspotHealthIndicator(SettingsCheck check, ConnectorProperties properties, Clock clock) {
        return new CrmHealthIndicator(check::hubspot, properties.admin().healthCheckInterval(), clock);
    }

    @Bean
    @Conditional(LiveModeCondition.class)
    CrmHealthIndicator salesforceHealthIndicator(SettingsCheck check, ConnectorProperties properties, Clock clock) {
        return new CrmHealthIndicator(check::salesforce, properties.admin().healthCheckInterval(), clock);
    }
}
