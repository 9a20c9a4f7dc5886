package io.leadbridge.app.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives an H2 database a parsed-statement cache that holds every statement a sync batch runs. H2 keeps 8 parsed
 * statements per connection by default ({@code QUERY_CACHE_SIZE}), fewer than one batch's settle uses, so each batch
 * parsed its SQL again: about a tenth of the app's CPU in the backfill profile of {@code docs/benchmarks.md}. A URL
 * that sets {@code QUERY_CACHE_SIZE} itself is left alone; other databases are untouched.
 */
final class H2StatementCache implements BeanPostProcessor {

    static final String SETTING = "QUERY_CACHE_SIZE";
    static final int STATEMENTS = 256;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            hikari.setJdbcUrl(withCache(hikari.getJdbcUrl()));
        }
        return bean;
    }

    static String withCache(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains(SETTING)) {
            return url;
        }
        return url + ";" + SETTING + "=" + STATEMENTS;
    }
}
