package io.leadbridge.core.echo;

import java.time.Instant;
import java.util.Objects;

/** A value Leadbridge wrote to one field of a CRM record, as a fingerprint, and when (Leadbridge's clock). */
public record OwnWrite(ValueFingerprint fingerprint, Instant writtenAt) {

    public OwnWrite {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }
}
