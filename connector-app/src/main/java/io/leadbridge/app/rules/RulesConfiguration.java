package io.leadbridge.app.rules;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.persistence.JdbcRoundRobinLedger;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The rules file (read at start-up; an invalid one stops the start) and the routing's durable round robin. */
@Configuration(proxyBeanMethods = false)
public class RulesConfiguration {

    @Bean
    ActiveRules activeRules(ConnectorProperties properties, ResourceLoader resourceLoader, Clock clock) {
        return new ActiveRules(new RulesLocation(properties.rules().location(), resourceLoader), clock);
    }

    @Bean
    JdbcRoundRobinLedger roundRobinLedger(JdbcClient jdbc, TransactionTemplate tx) {
        return new JdbcRoundRobinLedger(jdbc, tx);
    }
}
