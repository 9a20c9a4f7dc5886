package io.leadbridge.proof.bench;

import java.time.Duration;
import java.util.Map;

/**
 * One HubSpot-to-Salesforce backfill of {@code records} people into an empty org.
 *
 * @param took           from the app being ready until the last Lead was visible in Salesforce
 * @param cpu            CPU time of the app's JVM over the whole run (start-up included)
 * @param peakHeapBytes  highest heap in use before a collection (garbage included), from the GC log
 * @param peakLiveBytes  highest heap left after a full collection (0 when no full collection ran), from the GC log
 * @param hubspotCalls   HubSpot calls per operation
 * @param hubspotFoundNothing of {@code hubspotCalls}, the searches answered with no results (a poller that has
 *                       read everything and waits for the drain), per operation
 * @param hubspotRefused of {@code hubspotCalls}, those HubSpot refused for a rate limit (429), per operation
 * @param salesforceCalls Salesforce calls per operation
 */
record BackfillResult(int records, Duration took, Duration cpu, long peakHeapBytes, long peakLiveBytes,
                      Map<String, Long> hubspotCalls, Map<String, Long> hubspotFoundNothing,
                      Map<String, Long> hubspotRefused, Map<String, Long> salesforceCalls) {

    double recordsPerSecond() {
        return records / Math.max(0.001, took.toMillis() / 1000.0);
    }

    static double perThousand(long calls, int records) {
        return calls * 1000.0 / records;
    }
}
