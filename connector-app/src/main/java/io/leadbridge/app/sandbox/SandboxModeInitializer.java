package io.leadbridge.app.sandbox;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.sandbox.SandboxArguments;
import io.leadbridge.sandbox.SandboxCrms;
import io.leadbridge.sandbox.sample.ActivitySimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sandbox mode: with no CRM configured (and {@code connector.sandbox.enabled} not false), starts the HubSpot and
 * Salesforce emulators in-process, seeds them, simulates marketing and SDR activity, and points the connector's
 * live configuration at them. Everything downstream runs exactly as in live mode.
 */
public class SandboxModeInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Name of the property source that holds the emulators' endpoints and credentials. */
    public static final String PROPERTY_SOURCE = "leadbridgeSandbox";

    /** The packaged default database; a sandbox does not write its throw-away state there. */
    static final String DEFAULT_DATABASE = "jdbc:h2:file:./data/leadbridge";

    /**
     * The emulators hold their data in memory, so the sandbox's ids, watermarks and inbox live in memory too: a
     * restarted sandbox starts consistent instead of pointing at records the new emulators never had.
     */
    static final String SANDBOX_DATABASE = "jdbc:h2:mem:leadbridge-sandbox;DB_CLOSE_DELAY=-1";

    private static final Logger log = LoggerFactory.getLogger(SandboxModeInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (environment.getPropertySources().contains(PROPERTY_SOURCE) || !wanted(environment)) {
            return;
        }
        SandboxSettings settings = SandboxSettings.from(Binder.get(environment));
        Clock clock = Clock.systemUTC();
        int serverPort = Binder.get(environment).bind("server.port", Integer.class).orElse(8080);
        Optional<Integer> appPort = serverPort > 0 ? Optional.of(serverPort) : Optional.empty();
        SandboxCrms crms = SandboxCrms.start(settings.arguments(appPort), clock);
        ActivitySimulator simulator = settings.activityInterval().isZero() ? null
                : ActivitySimulator.start(crms.hubspot(), crms.sample(), settings.randomSeed(), clock,
                        settings.activityInterval());
        Map<String, Object> properties = connectorProperties(crms);
        if (DEFAULT_DATABASE.equals(environment.getProperty("spring.datasource.url"))) {
            properties.put("spring.datasource.url", SANDBOX_DATABASE);
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        context.getBeanFactory().registerSingleton("sandboxCrms", crms);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                if (simulator != null) {
                    simulator.close();
                }
                crms.close();
            }
        });
        log.warn("""

                ==================================================================================
                  SANDBOX MODE: no CRM is configured, so Leadbridge runs against its own emulated
                  HubSpot ({}) and Salesforce ({}),
                  seeded with {} sample people. Nothing leaves this machine.
                  Set connector.hubspot.* and connector.salesforce.* to sync real CRMs, or
                  connector.sandbox.enabled=false to start idle.
                ==================================================================================""",
                crms.hubspot().baseUrl(), crms.salesforce().baseUrl(), crms.sample().people().size());
    }

    private static boolean wanted(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        boolean enabled = binder.bind("connector.sandbox.enabled", Boolean.class).orElse(true);
        boolean configured = binder.bind("connector", ConnectorProperties.class)
                .map(ConnectorProperties::anyCrmConfigured).orElse(false);
        return enabled && !configured;
    }

    private static Map<String, Object> connectorProperties(SandboxCrms crms) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("connector.hubspot.base-url", crms.hubspot().baseUrl());
        properties.put("connector.hubspot.access-token",
                crms.hubspot().options().accessTokens().iterator().next());
        properties.put("connector.hubspot.client-secret", SandboxArguments.DEFAULT_HUBSPOT_CLIENT_SECRET);
        properties.put("connector.salesforce.instance-url", crms.salesforce().baseUrl());
        properties.put("connector.salesforce.organization-id", crms.salesforce().organizationId());
        properties.put("connector.salesforce.token-url", crms.salesforce().tokenUrl());
        properties.put("connector.salesforce.client-id", crms.salesforce().options().clientId());
        properties.put("connector.salesforce.client-secret", crms.salesforce().options().clientSecret());
        return properties;
    }

    /** {@code connector.sandbox.*}. */
    record SandboxSettings(int seedPeople, long randomSeed, Duration activityInterval, int hubspotPort,
                           int salesforcePort) {

        static SandboxSettings from(Binder binder) {
            return new SandboxSettings(
                    binder.bind("connector.sandbox.seed-people", Integer.class).orElse(300),
                    binder.bind("connector.sandbox.random-seed", Long.class).orElse(42L),
                    binder.bind("connector.sandbox.activity-interval", Duration.class).orElse(Duration.ofSeconds(5)),
                    binder.bind("connector.sandbox.hubspot-port", Integer.class).orElse(0),
                    binder.bind("connector.sandbox.salesforce-port", Integer.class).orElse(0));
        }

        /** The emulators' options; webhooks and Outbound Messages go to the app when its port is known up front. */
        SandboxArguments arguments(Optional<Integer> appPort) {
            return new SandboxArguments(hubspotPort, salesforcePort, seedPeople, randomSeed, Duration.ZERO, 0,
                    190, 1_000_000, 100_000,
                    appPort.map(port -> "http://127.0.0.1:" + port + "/webhooks/hubspot"),
                    appPort.map(port -> "http://127.0.0.1:" + port + "/webhooks/salesforce"),
                    SandboxArguments.DEFAULT_HUBSPOT_CLIENT_SECRET, Duration.ZERO, false);
        }
    }
}
