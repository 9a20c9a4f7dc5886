package io.leadbridge.app.persistence;

import io.leadbridge.app.config.ConnectorProperties;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The JDBC stores behind the core's ports, on whichever database {@code spring.datasource.*} selects. */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    static H2StatementCache h2StatementCache() {
        return new H2StatementCache();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JdbcChangeInbox changeInbox(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        return new JdbcChangeInbox(jdbc, tx, clock);
    }

    @Bean
    JdbcIdMappingStore idMappingStore(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        return new JdbcIdMappingStore(jdbc, tx, clock);
    }

    @Bean
    JdbcWatermarkStore watermarkStore(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        return new JdbcWatermarkStore(jdbc, tx, clock);
    }

    @Bean
    JdbcAppliedVersionStore appliedVersionStore(JdbcClient jdbc) {
        return new JdbcAppliedVersionStore(jdbc);
    }

    @Bean
    JdbcErrorQueue errorQueue(JdbcClient jdbc, Clock clock) {
        return new JdbcErrorQueue(jdbc, clock);
    }

    @Bean
    JdbcOutboundMessageStore outboundMessageStore(JdbcClient jdbc, Clock clock) {
        return new JdbcOutboundMessageStore(jdbc, clock);
    }

    @Bean
    JdbcPersonSnapshotStore personSnapshotStore(JdbcClient jdbc) {
        return new JdbcPersonSnapshotStore(jdbc);
    }

    /** Flushes H2's last commits to its file where a CRM write is about to depend on them (ADR 0032, ADR 0033). */
    @Bean
    DurableCommits durableCommits(DataSource dataSource, JdbcClient jdbc) {
        return DurableCommits.of(dataSource, jdbc);
    }

    @Bean
    JdbcOwnWriteStore ownWriteStore(JdbcClient jdbc, TransactionTemplate tx, DurableCommits durable) {
        return new JdbcOwnWriteStore(jdbc, tx, durable);
    }

    @Bean
    JdbcAuditTrail auditTrail(JdbcClient jdbc, TransactionTemplate tx) {
        return new JdbcAuditTrail(jdbc, tx);
    }

    @Bean
    DefaultLockRepository lockRepository(DataSource dataSource) {
        return new DefaultLockRepository(dataSource);
    }

    @Bean
    JdbcLockRegistry lockRegistry(DefaultLockRepository lockRepository, ConnectorProperties properties) {
        return new JdbcLockRegistry(lockRepository, properties.sync().lockTtl());
    }

    /** The people drain's record and email locks, a batch's at once (ADR 0041). */
    @Bean
    JdbcRecordLocks recordLocks(JdbcClient jdbc, TransactionTemplate tx, Clock clock, ConnectorProperties properties) {
        return new JdbcRecordLocks(jdbc, tx, clock, properties.sync().lockTtl());
    }
}
