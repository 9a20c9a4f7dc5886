package io.leadbridge.app.api;

import io.leadbridge.app.persistence.JdbcBackfillRuns;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.company.CompanyInbox;
import io.leadbridge.core.engine.ErrorRetry;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.touch.TouchInbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What the admin API needs in every mode: error-queue actions and the backfill runs' state. */
@Configuration(proxyBeanMethods = false)
public class AdminOperationsConfiguration {

    @Bean
    ErrorRetry errorRetry(ErrorQueue errors, ChangeInbox inbox, CompanyInbox companyInbox, TouchInbox touchInbox,
                          IdMappingStore ids, AuditTrail auditTrail, Clock clock) {
        return new ErrorRetry(errors, inbox, companyInbox, touchInbox, ids, auditTrail, clock);
    }

    @Bean
    JdbcBackfillRuns backfillRuns(JdbcClient jdbc, TransactionTemplate tx) {
        return new JdbcBackfillRuns(jdbc, tx);
    }
}
