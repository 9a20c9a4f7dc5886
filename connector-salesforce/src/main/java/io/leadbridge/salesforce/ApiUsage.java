package io.leadbridge.salesforce;

/**
 * The org's API request usage as Salesforce last reported it in the {@code LimitInfoHeader}
 * ({@code API REQUESTS}: requests made in the rolling 24 hours, and the allocation).
 */
public record ApiUsage(long used, long limit) {

    public ApiUsage {
        if (used < 0 || limit < 0) {
            throw new IllegalArgumentException("used and limit must not be negative");
        }
    }

    /** Used share of the allocation, 0.0 to 1.0 (or more when Salesforce allowed an overage). */
    public double fraction() {
        return limit == 0 ? 1.0 : (double) used / limit;
    }
}
