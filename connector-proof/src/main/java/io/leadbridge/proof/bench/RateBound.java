package io.leadbridge.proof.bench;

import java.util.Map;

/**
 * The highest sustained records per second the vendors' per-second limits allow for the call mix a run measured:
 * each limit divided by the calls per record it governs, the smallest of them. Salesforce has no per-second limit,
 * only a daily allocation, reported as the records per day it covers.
 *
 * @param hubspotPerSecond     HubSpot requests per second (burst limit over its 10-second window)
 * @param searchPerSecond      HubSpot search requests per second
 * @param salesforcePerDay     the Salesforce calls per day the connector's share of the allocation allows
 */
record RateBound(double hubspotPerSecond, double searchPerSecond, double salesforcePerDay) {

    /** @return records per second, and which limit binds */
    Bound of(BackfillResult result) {
        double hubspotCalls = sum(result.hubspotCalls()) / (double) result.records();
        double searchCalls = result.hubspotCalls().entrySet().stream().filter(e -> e.getKey().endsWith("/search"))
                .mapToLong(Map.Entry::getValue).sum() / (double) result.records();
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

    private static long sum(Map<String, Long> calls) {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }
}
