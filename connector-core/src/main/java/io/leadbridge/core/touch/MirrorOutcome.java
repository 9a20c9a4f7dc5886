package io.leadbridge.core.touch;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.ExternalRef;

/** What became of one mirror handed to {@link TouchMirrorWriter}. */
public sealed interface MirrorOutcome {

    MirroredActivity activity();

    /** Written now as {@code writtenActivity}. */
    record Written(MirroredActivity activity, ExternalRef writtenActivity) implements MirrorOutcome {
    }

    /** Written before (a retry or redelivery): nothing was sent. */
    record AlreadyWritten(MirroredActivity activity, ExternalRef writtenActivity) implements MirrorOutcome {
    }

    /** Claimed before but never confirmed (a crash or timeout mid-write): nothing was sent; needs a look. */
    record Unconfirmed(MirroredActivity activity) implements MirrorOutcome {
    }

    /** The CRM refused it and wrote nothing; the claim is released, so a retry may send it again. */
    record Failed(MirroredActivity activity, SyncFailure failure) implements MirrorOutcome {
    }
}
