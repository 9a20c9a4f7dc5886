package io.leadbridge.core.engine;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.ChangeInbox;
import io.leadbridge.core.sync.ChangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pushes the current version of chosen records through the normal pipeline: each goes into the inbox like a webhook
 * change (no stream position), and the worker plans and writes it as any other. A version the inbox already holds is
 * not stored again; it was (or is being) processed, and a failed one waits in the error queue for a retry.
 */
public final class Resync {

    private final ChangeInbox inbox;

    public Resync(ChangeInbox inbox) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
    }

    /** @param current the records' current versions, as just read from their CRM */
    public Report push(List<ChangeEvent> current) {
        List<ExternalRef> queued = new ArrayList<>();
        List<ExternalRef> alreadySeen = new ArrayList<>();
        for (ChangeEvent event : current) {
            boolean stored = inbox.append(event.withoutStream());
            (stored ? queued : alreadySeen).add(event.ref());
        }
        return new Report(queued, alreadySeen);
    }

    /**
     * @param queued      records whose current version is now in the inbox
     * @param alreadySeen records whose current version the inbox already held
     */
    public record Report(List<ExternalRef> queued, List<ExternalRef> alreadySeen) {
        public Report {
            queued = List.copyOf(queued);
            alreadySeen = List.copyOf(alreadySeen);
        }
    }
}
