package io.leadbridge.core.echo;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A value Leadbridge wrote to one field of a CRM record, as a fingerprint, and when.
 *
 * @param writtenAt     when the write was sent (people) or succeeded, in Leadbridge's clock; a version read before
 *                      it predates the write
 * @param crmModifiedAt the CRM's own modification time of the record version the write produced, when the CRM
 *                      returned it (HubSpot does, Salesforce's upsert does not); a version of the record older
 *                      than this predates the write
 */
public record OwnWrite(ValueFingerprint fingerprint, Instant writtenAt, Optional<Instant> crmModifiedAt) {

    public OwnWrite {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(crmModifiedAt, "crmModifiedAt");
    }

    /** A write whose version time the CRM did not tell. */
    public OwnWrite(ValueFingerprint fingerprint, Instant writtenAt) {
        this(fingerprint, writtenAt, Optional.empty());
    }

    /**
     * Whether the version this write produced is newer than a version of the record the CRM stamped
     * {@code modifiedAt}; false when the CRM did not tell this write's time.
     */
    public boolean isNewerThan(Instant modifiedAt) {
        return crmModifiedAt.map(modifiedAt::isBefore).orElse(false);
    }
}
