package io.leadbridge.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Leadbridge: a self-hosted HubSpot ⇄ Salesforce connector for sales-development teams. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LeadbridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeadbridgeApplication.class, args);
    }
}
