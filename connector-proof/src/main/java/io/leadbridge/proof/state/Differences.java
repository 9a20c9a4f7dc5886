package io.leadbridge.proof.state;

import java.util.List;

/**
 * How both CRMs differ from what one object type should look like.
 *
 * @param objectType  e.g. {@code people}
 * @param expected    records expected on each side
 * @param lost        expected records (or changes) missing on a side
 * @param duplicates  keys held by more than one record on a side
 * @param stale       records present but with a field not at its expected value
 */
public record Differences(String objectType, int expected, List<String> lost, List<String> duplicates,
                          List<String> stale) {

    private static final int SHOWN = 10;

    public Differences {
        lost = List.copyOf(lost);
        duplicates = List.copyOf(duplicates);
        stale = List.copyOf(stale);
    }

    public boolean none() {
        return lost.isEmpty() && duplicates.isEmpty() && stale.isEmpty();
    }

    public String summary() {
        return objectType + ": " + expected + " expected, " + lost.size() + " lost, " + duplicates.size()
                + " duplicated, " + stale.size() + " stale" + (none() ? "" : "; e.g. " + examples());
    }

    /** Every difference, one per line, each prefixed with the object type and its kind: for tracing a run. */
    public List<String> lines() {
        return java.util.stream.Stream.of(prefixed("lost", lost), prefixed("duplicated", duplicates),
                prefixed("stale", stale)).flatMap(List::stream).toList();
    }

    private List<String> prefixed(String kind, List<String> entries) {
        return entries.stream().map(entry -> objectType + " " + kind + ": " + entry).toList();
    }

    private String examples() {
        return String.join("; ", java.util.stream.Stream.of(lost, duplicates, stale)
                .flatMap(list -> list.stream().limit(SHOWN)).limit(SHOWN).toList());
    }
}
