package io.leadbridge.salesforce;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.Watermark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Salesforce stamps a merge's master at the instant it deletes the merged-away records, and ties go by Id, so the
 * survivor's own change often comes first on a page (masters are usually the older records). Resolved first, it
 * would meet the person still linked to the loser: an identity conflict, or a second record in the other CRM. So
 * each merge whose survivor changes earlier on the page is copied, without a stream position, just before that
 * change (as the HubSpot source places merges): the worker re-points the person first, the watermark is unchanged,
 * and the inbox stores the copy and the positioned original once (one dedup key).
 */
final class MergesAheadOfSurvivors {

    private MergesAheadOfSurvivors() {
    }

    /** The page's events in stream order, with a copy of each late merge ahead of its survivor's change. */
    static List<ChangeEvent> reorder(List<ChangeEvent> events) {
        Map<ExternalRef, List<ChangeEvent>> mergesBySurvivor = new HashMap<>();
        events.forEach(event -> event.mergedInto().ifPresent(survivor -> mergesBySurvivor
                .computeIfAbsent(survivor, s -> new ArrayList<>()).add(event)));
        if (mergesBySurvivor.isEmpty()) {
            return events;
        }
        List<ChangeEvent> ordered = new ArrayList<>();
        for (ChangeEvent event : events) {
            if (event.kind() == ChangeKind.UPSERT) {
                mergesBySurvivor.getOrDefault(event.ref(), List.of()).stream()
                        .filter(merge -> position(merge).isAfter(position(event)))
                        .map(ChangeEvent::withoutStream)
                        .filter(copy -> !ordered.contains(copy))
                        .forEach(ordered::add);
            }
            ordered.add(event);
        }
        return ordered;
    }

    private static Watermark position(ChangeEvent event) {
        return event.stream().orElseThrow().position();
    }
}
