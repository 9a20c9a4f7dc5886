package io.leadbridge.salesforce;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.touch.SdrContextNote;
import io.leadbridge.core.touch.SdrContextSink;
import io.leadbridge.salesforce.soap.SalesforceSession;
import io.leadbridge.salesforce.soap.SdrContextTasks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SDR-context note on a Salesforce Lead or Contact: one completed Task titled {@link SdrContextNote#TITLE} whose
 * Comments are the summary followed by its Leadbridge key line, rewritten in place ({@code update} of Description).
 */
public final class SalesforceSdrContextSink implements SdrContextSink {

    private final SdrContextTasks tasks;

    public SalesforceSdrContextSink(SalesforceSession session) {
        this.tasks = new SdrContextTasks(Objects.requireNonNull(session, "session"));
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public ExternalRef create(SdrContextNote note) {
        return written(tasks.create(note));
    }

    /** Up to 200 notes per {@code create} call; a refused Task is that note's failure. */
    @Override
    public List<WriteResult> createAll(List<SdrContextNote> notes) {
        return tasks.createAll(notes);
    }

    @Override
    public Optional<ExternalRef> find(SdrContextNote note) {
        return tasks.find(note);
    }

    @Override
    public void update(ExternalRef noteRecord, SdrContextNote note) {
        written(tasks.update(noteRecord, note));
    }

    /** Up to 200 notes per {@code update} call; a refused Task is that note's failure. */
    @Override
    public List<Optional<SyncFailure>> updateAll(List<Rewrite> rewrites) {
        return tasks.updateAll(rewrites).stream()
                .map(result -> result instanceof WriteResult.Failed failed
                        ? Optional.of(failed.failure()) : Optional.<SyncFailure>empty())
                .toList();
    }

    private static ExternalRef written(WriteResult result) {
        if (result instanceof WriteResult.Failed failed) {
            throw new SyncFailureException(failed.failure());
        }
        return ((WriteResult.Written) result).target();
    }
}
