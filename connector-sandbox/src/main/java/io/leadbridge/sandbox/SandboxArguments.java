package io.leadbridge.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standalone launcher's command line: {@code --name=value} options, every problem reported at once.
 *
 * @param hubspotPort          port of the HubSpot emulator (0 picks a free one)
 * @param salesforcePort       port of the Salesforce emulator (0 picks a free one)
 * @param seedPeople           people seeded at start, spread over companies
 * @param randomSeed           seed of every random choice (sample data, latency jitter, injected faults)
 * @param latency              added to every response
 * @param errorRate            share of API calls answered with an injected fault, 0 to 1
 * @param hubspotBurstLimit    HubSpot requests allowed per rolling 10 seconds
 * @param hubspotDailyLimit    HubSpot requests allowed per day
 * @param salesforceDailyLimit Salesforce API requests allowed per day
 * @param hubspotWebhookUrl    where the HubSpot emulator delivers signed webhooks, if anywhere
 * @param salesforceOutboundUrl where the Salesforce emulator sends Outbound Messages, if anywhere
 * @param hubspotClientSecret  the HubSpot app's client secret the webhooks are signed with
 * @param activityInterval     pause between two simulated marketing or SDR actions; zero for none
 * @param help                 print the usage and exit
 */
public record SandboxArguments(int hubspotPort, int salesforcePort, int seedPeople, long randomSeed,
                               Duration latency, double errorRate, int hubspotBurstLimit, int hubspotDailyLimit,
                               int salesforceDailyLimit, Optional<String> hubspotWebhookUrl,
                               Optional<String> salesforceOutboundUrl, String hubspotClientSecret,
                               Duration activityInterval, boolean help) {

    /** The client secret the emulated HubSpot app signs webhooks with unless told otherwise. */
    public static final String DEFAULT_HUBSPOT_CLIENT_SECRET = "sandbox-client-secret";

    static final String USAGE = """
            Usage: java -jar connector-sandbox.jar [options]

            Runs the HubSpot and Salesforce emulators until stopped (Ctrl-C). Point a Leadbridge in live mode,
            or any HubSpot REST / Salesforce SOAP client, at them as if they were the real services.

              --hubspot-port=N            HubSpot emulator port (default 8081; 0 = any free port)
              --salesforce-port=N         Salesforce emulator port (default 8082; 0 = any free port)
              --seed-people=N             sample people to seed, spread over companies (default 300; 0 = empty CRMs)
              --random-seed=N             seed for sample data, latency jitter and injected faults (default 42)
              --latency-ms=N              latency added to every response, in milliseconds (default 0)
              --error-rate=X              share of API calls answered with an injected 429/500/timeout, 0..1 (default 0)
              --hubspot-burst-limit=N     HubSpot requests per rolling 10 seconds (default 190)
              --hubspot-daily-limit=N     HubSpot requests per day (default 1000000)
              --salesforce-daily-limit=N  Salesforce API requests per day (default 100000)
              --hubspot-webhook-url=URL   deliver signed HubSpot webhooks (contact creation, property change) here
              --salesforce-outbound-url=URL  send Salesforce Outbound Messages (Lead, Contact) here
              --hubspot-client-secret=S   the HubSpot app secret webhooks are signed with (default sandbox-client-secret)
              --activity-interval-ms=N    simulate a marketing or SDR action every N ms (default 0 = none)
              --help                      print this help and exit

            Credentials the emulators accept are printed at start-up.
            """;

    private static final List<String> NAMES = List.of("hubspot-port", "salesforce-port", "seed-people", "random-seed",
            "latency-ms", "error-rate", "hubspot-burst-limit", "hubspot-daily-limit", "salesforce-daily-limit",
            "hubspot-webhook-url", "salesforce-outbound-url", "hubspot-client-secret", "activity-interval-ms", "help");

    /** @throws IllegalArgumentException naming every unknown option and bad value */
    public static SandboxArguments parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                problems.add("'" + arg + "' is not an option; options look like --name=value");
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (!NAMES.contains(name)) {
                problems.add("--" + name + " is not an option (see --help)");
                continue;
            }
            given.put(name, eq < 0 ? "" : arg.substring(eq + 1));
        }
        Values values = new Values(given, problems);
        SandboxArguments parsed = new SandboxArguments(
                values.integer("hubspot-port", 8081, 0, 65535),
                values.integer("salesforce-port", 8082, 0, 65535),
                values.integer("seed-people", 300, 0, 1_000_000),
                values.longValue("random-seed", 42),
                Duration.ofMillis(values.integer("latency-ms", 0, 0, 60_000)),
                values.fraction("error-rate", 0),
                values.integer("hubspot-burst-limit", 190, 1, 100_000),
                values.integer("hubspot-daily-limit", 1_000_000, 1, Integer.MAX_VALUE),
                values.integer("salesforce-daily-limit", 100_000, 1, Integer.MAX_VALUE),
                values.url("hubspot-webhook-url"),
                values.url("salesforce-outbound-url"),
                values.text("hubspot-client-secret", DEFAULT_HUBSPOT_CLIENT_SECRET),
                Duration.ofMillis(values.integer("activity-interval-ms", 0, 0, 3_600_000)),
                given.containsKey("help"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        if (parsed.hubspotPort() != 0 && parsed.hubspotPort() == parsed.salesforcePort()) {
            throw new IllegalArgumentException("--hubspot-port and --salesforce-port must differ (both "
                    + parsed.hubspotPort() + ")");
        }
        return parsed;
    }

    private record Values(Map<String, String> given, List<String> problems) {

        int integer(String name, int fallback, int min, int max) {
            long value = longValue(name, fallback);
            if (value < min || value > max) {
                problems.add("--" + name + " must be between " + min + " and " + max + ", was " + value);
                return fallback;
            }
            return (int) value;
        }

        long longValue(String name, long fallback) {
            String text = given.get(name);
            if (text == null) {
                return fallback;
            }
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                problems.add("--" + name + " must be a whole number, was '" + text + "'");
                return fallback;
            }
        }

        double fraction(String name, double fallback) {
            String text = given.get(name);
            if (text == null) {
                return fallback;
            }
            try {
                double value = Double.parseDouble(text.strip());
                if (value >= 0 && value <= 1) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problems.add("--" + name + " must be a number from 0 to 1, was '" + text + "'");
            return fallback;
        }

        String text(String name, String fallback) {
            String text = given.get(name);
            if (text == null) {
                return fallback;
            }
            if (text.isBlank()) {
                problems.add("--" + name + " must not be blank");
                return fallback;
            }
            return text;
        }

        Optional<String> url(String name) {
            String text = given.get(name);
            if (text == null) {
                return Optional.empty();
            }
            if (!text.startsWith("http://") && !text.startsWith("https://")) {
                problems.add("--" + name + " must be an http(s) URL, was '" + text + "'");
                return Optional.empty();
            }
            return Optional.of(text);
        }
    }
}
