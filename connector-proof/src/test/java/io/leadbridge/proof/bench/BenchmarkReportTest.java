package io.leadbridge.proof.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    private static final String SEARCH = "POST /crm/objects/{v}/contacts/search";
    private static final RateBound LIMITS = new RateBound(19, 5, 500_000);

    @Test
    void aShareJustUnderTheGoalIsNotRoundedUpToIt() {
        // 100,000 people in 125 s: 800 records/s; 559 searches: a bound of 5 / 0.00559 = 894.5 records/s, 89.4%
        BackfillResult run = new BackfillResult(100_000, Duration.ofMillis(125_000), Duration.ofSeconds(194),
                364L << 20, 88L << 20, Map.of(SEARCH, 559L), Map.of(), Map.of(), Map.of("SOAP upsert", 500L));

        String row = BenchmarkReport.backfillRow(run, LIMITS);

        assertThat(row).startsWith("| 100,000 | 125.0 | 800.0 | 894.5 | 89.4% | HubSpot search limit |")
                .contains("| 194 | 364 | 88 |");
    }

    @Test
    void withoutAFullCollectionTheLiveHeapReadsAsUnknownNotZero() {
        BackfillResult run = new BackfillResult(1_000, Duration.ofSeconds(10), Duration.ofSeconds(20), 400L << 20, 0,
                Map.of(SEARCH, 5L), Map.of(), Map.of(), Map.of("SOAP upsert", 5L));

        assertThat(BenchmarkReport.backfillRow(run, LIMITS)).contains("| 400 | – |");
    }

    @Test
    void searchesHubSpotRefusedUseNoneOfItsLimitSoTheyDoNotLowerTheBound() {
        // 579 searches, 20 of them refused with 429: HubSpot counted 559, a bound of 894.5 records/s, not 863.6
        BackfillResult run = new BackfillResult(100_000, Duration.ofMillis(125_000), Duration.ofSeconds(194),
                364L << 20, 88L << 20, Map.of(SEARCH, 579L), Map.of(), Map.of(SEARCH, 20L),
                Map.of("SOAP upsert", 500L));

        assertThat(BenchmarkReport.backfillRow(run, LIMITS))
                .startsWith("| 100,000 | 125.0 | 800.0 | 894.5 | 89.4% | HubSpot search limit |")
                .endsWith("| 863.6 | 92.6% |\n");
    }
}
