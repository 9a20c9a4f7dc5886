package io.leadbridge.app.flow;

import io.leadbridge.app.persistence.JdbcTouchInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The touch inbox (ADR 0011), in every mode: the touch drain reads it when touch mirroring runs, and the admin's
 * error-queue retry puts parked touches back into it whatever runs.
 */
@Configuration(proxyBeanMethods = false)
public class TouchInboxConfiguration {

    @Bean
    JdbcTouchInbox touchInbox(JdbcClient jdbc) {
        return new JdbcTouchInbox(jdbc);
    }
}
