package io.leadbridge.core.touch;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.IdMappingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One pass over touches read from one CRM: finds each touch's person in the other CRM through the id map, decides
 * with {@link TouchMirroring} and writes the mirrors through {@link TouchMirrorWriter}, in batches the sink accepts.
 * A touch that must wait (its person has no record in the other CRM yet) is returned, for the caller to keep.
 * Touches on several people are mirrored onto the first one that has a record in the other CRM.
 *
 * <p>A write call that fails as a whole gives each of its mirrors that failure as its outcome, and the other batches
 * are still written; after a rate-limited call the remaining batches are not sent and get the same failure. So one
 * failed call never costs the outcomes of the batches written before it.
 */
public final class TouchMirrorPass {

    private final IdMappingStore ids;
    private final TouchMirroring mirroring;
    private final TouchMirrorWriter writer;

    public TouchMirrorPass(IdMappingStore ids, TouchMirroring mirroring, TouchMirrorWriter writer) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.mirroring = Objects.requireNonNull(mirroring, "mirroring");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** What the pass did: the decisions that wrote nothing, and the outcome of every mirror it handed on. */
    public record Report(List<MirrorDecision.Skip> skipped, List<LoggedTouch> waiting, List<MirrorOutcome> outcomes) {
        public Report {
            skipped = List.copyOf(skipped);
            waiting = List.copyOf(waiting);
            outcomes = List.copyOf(outcomes);
        }
    }

    public Report run(List<LoggedTouch> touches) {
        List<MirrorDecision.Skip> skipped = new ArrayList<>();
        List<LoggedTouch> waiting = new ArrayList<>();
        List<MirroredActivity> mirrors = new ArrayList<>();
        for (LoggedTouch logged : touches) {
            MirrorDecision decision = mirroring.decide(logged.touch(), logged.keyOnSource(), targetPerson(logged));
            if (decision instanceof MirrorDecision.Mirror mirror) {
                mirrors.add(mirror.activity());
            } else if (decision instanceof MirrorDecision.Skip skip) {
                skipped.add(skip);
            } else {
                waiting.add(logged);
            }
        }
        List<MirrorOutcome> outcomes = new ArrayList<>();
        int batchSize = writer.maxBatchSize();
        SyncFailure.RateLimited limited = null;
        for (int from = 0; from < mirrors.size(); from += batchSize) {
            List<MirroredActivity> batch = mirrors.subList(from, Math.min(from + batchSize, mirrors.size()));
            if (limited != null) {
                outcomes.addAll(failed(batch, limited));
                continue;
            }
            try {
                outcomes.addAll(writer.write(batch));
            } catch (SyncFailureException callFailed) {
                outcomes.addAll(failed(batch, callFailed.failure()));
                if (callFailed.failure() instanceof SyncFailure.RateLimited rateLimited) {
                    limited = rateLimited;
                }
            }
        }
        return new Report(skipped, waiting, outcomes);
    }

    private static List<MirrorOutcome> failed(List<MirroredActivity> batch, SyncFailure failure) {
        return batch.stream().<MirrorOutcome>map(activity -> new MirrorOutcome.Failed(activity, failure)).toList();
    }

    private Optional<ExternalRef> targetPerson(LoggedTouch logged) {
        CrmSystem target = logged.touch().source().system().other();
        return logged.people().stream()
                .flatMap(person -> ids.find(person).flatMap(id -> ids.refIn(id, target)).stream())
                .findFirst();
    }
}
