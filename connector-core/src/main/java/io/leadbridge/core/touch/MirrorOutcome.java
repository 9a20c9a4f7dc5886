package io.leadbridge.core.touch;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.ExternalRef;

/** What became of one mirror handed to {@link TouchMirrorWriter}. */
public sealed interface MirrorOutcome {

    MirroredActivity activity();

    /** Written now as {@code writtenActivity}. */
    record Written(MirroredActivity activity, ExternalRef writtenActivity) implements MirrorOutcome {
    }

    /**
     * Written before (a retry or redelivery, or a write whose answer was lost, found in the CRM by its key): nothing
     * was sent.
     */
    record AlreadyWritten(MirroredActivity activity, ExternalRef writtenActivity) implements MirrorOutcome {
    }

    /** The CRM refused it and wrote nothing; the claim is released, so a retry may send it again. */
    record Failed(MirroredActivity activity, SyncFailure failure) implements MirrorOutcome {
    }
}
