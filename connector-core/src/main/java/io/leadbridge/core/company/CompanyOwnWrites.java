package io.leadbridge.core.company;

import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What Leadbridge last wrote to each field of each company record, as value fingerprints: the company side of
 * {@link io.leadbridge.core.echo.OwnWriteStore}, with the same contract (remember after the CRM accepted the write,
 * forget a field once someone else overwrote it; values are never stored; safe for concurrent use).
 */
public interface CompanyOwnWrites {

    Map<CompanyField, OwnWrite> lastWritten(ExternalRef target);

    /** @param changes field → value written; {@code ""} for a field we cleared */
    void remember(ExternalRef target, Map<CompanyField, String> changes, Instant writtenAt);

    void forget(ExternalRef target, Set<CompanyField> fields);
}
