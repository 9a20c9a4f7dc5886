package io.leadbridge.app.flow;

import io.leadbridge.app.config.LiveModeCondition;
import io.leadbridge.core.association.CompanyByDomainLinking;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.company.AccountMatcher;
import io.leadbridge.core.company.CompanyFieldMappings;
import io.leadbridge.core.company.FreeMailDomains;
import io.leadbridge.core.engine.SettledChangeListener;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Lead-to-account by email domain (ADR 0024): after each settled person change, a HubSpot contact or Salesforce
 * Contact that belongs to no company is linked to its CRM's company with the person's email domain. On with
 * {@code connector.sync.company-linking-enabled=true} while company sync is on: each person costs a company lookup
 * per CRM (a HubSpot search shares the poller's 5 requests a second), so it is not on by default.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LiveModeCondition.class)
@ConditionalOnProperty(prefix = "connector.sync", name = {"company-sync-enabled", "company-linking-enabled"},
        havingValue = "true")
@DependsOn({"personFieldMappings", "statusMappings", "hubspotStartupCheck"})
public class CompanyLinkingConfiguration {

    @Bean
    SettledChangeListener companyByDomainLinking(IdMappingStore ids, HubSpotAdapter hubspot,
                                                 SalesforceAdapter salesforce, CompanyFieldMappings companyFieldMappings,
                                                 OwnerDirectory hubspotOwners, AuditTrail auditTrail, Clock clock) {
        AccountMatcher matcher = new AccountMatcher(FreeMailDomains.DEFAULT,
                List.of(hubspot.companyLookup(companyFieldMappings, hubspotOwners), salesforce.accountLookup()));
        return new CompanyByDomainLinking(ids, matcher, FreeMailDomains.DEFAULT,
                List.of(hubspot.contactCompanies(), salesforce.contactAccounts()), auditTrail, clock);
    }
}
