package io.leadbridge.proof.bench;

import java.util.Map;

/**
 * The highest sustained records per second the vendors' per-second limits allow for the call mix a run measured:
 * each limit divided by the calls per record it governs, the smallest of them. Salesforce has no per-second limit,
 * only a daily allocation, reported as the records per day it covers.
 *
 * <p>{@link #of} leaves out the searches that found nothing: a poller that has read every record polls on, once per
 * interval, while the drain catches up, and those polls grow with the run's length, not with its records; a
 * connector as fast as the limits would not make them. It also leaves out the calls HubSpot refused for a limit
 * (429): HubSpot does not count them, so they use none of it, and a connector that made them would otherwise raise
 * its share by lowering its own bound. {@link #ofEveryCall} counts both.
 *
 * @param hubspotPerSecond     HubSpot requests per second (burst limit over its 10-second window)
 * @param searchPerSecond      HubSpot search requests per second
 * @param salesforcePerDay     the Salesforce calls per day the connector's share of the allocation allows
 */
record RateBound(double hubspotPerSecond, double searchPerSecond, double salesforcePerDay) {

    /** @return records per second, and which limit binds, for the calls HubSpot took that read or wrote something */
    Bound of(BackfillResult result) {
        return bound(sum(result.hubspotCalls()) - sum(result.hubspotRefused()),
                searches(result.hubspotCalls()) - searches(result.hubspotFoundNothing())
                        - searches(result.hubspotRefused()), result.records());
    }

    /** @return records per second, and which limit binds, for every call the run made */
    Bound ofEveryCall(BackfillResult result) {
        return bound(sum(result.hubspotCalls()), searches(result.hubspotCalls()), result.records());
    }

    private Bound bound(long calls, long searches, int records) {
        double hubspotCalls = calls / (double) records;
        double searchCalls = searches / (double) records;
        Bound bound = new Bound(Double.POSITIVE_INFINITY, "none");
        bound = bound.tighter(hubspotPerSecond / hubspotCalls, "HubSpot 10-second limit");
        return bound.tighter(searchPerSecond / searchCalls, "HubSpot search limit");
    }

    /** Records per day the Salesforce allocation share covers at this run's calls per record. */
    long salesforceRecordsPerDay(BackfillResult result) {
        double calls = sum(result.salesforceCalls()) / (double) result.records();
        return (long) (salesforcePerDay / calls);
    }

    record Bound(double recordsPerSecond, String limit) {
        Bound tighter(double candidate, String name) {
            return Double.isFinite(candidate) && candidate < recordsPerSecond ? new Bound(candidate, name) : this;
        }
    }

    private static long searches(Map<String, Long> calls) {
        return calls.entrySet().stream().filter(e -> e.getKey().endsWith("/search")).mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static long sum(Map<String, Long> calls) {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }
}
