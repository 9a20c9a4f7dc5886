package io.leadbridge.app.flow;

import io.leadbridge.app.persistence.JdbcCompanyInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The company inbox (ADR 0025), in every mode: the company drain reads it when company sync runs, and the admin's
 * error-queue retry puts parked company changes back into it whatever runs.
 */
@Configuration(proxyBeanMethods = false)
public class CompanyInboxConfiguration {

    @Bean
    JdbcCompanyInbox companyInbox(JdbcClient jdbc, TransactionTemplate tx) {
        return new JdbcCompanyInbox(jdbc, tx);
    }
}
