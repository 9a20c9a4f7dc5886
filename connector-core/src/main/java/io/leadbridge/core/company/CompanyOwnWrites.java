package io.leadbridge.core.company;

import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Leadbridge last wrote to each field of each company record, as value fingerprints: the company side of
 * {@link io.leadbridge.core.echo.OwnWriteStore}, with the same contract (remember after the CRM accepted the write,
 * forget a field once someone else overwrote it; values are never stored; safe for concurrent use).
 *
 * <p><b>Writes in flight</b> (ADR 0032): {@link #intend} before a write is sent, so that a write the CRM stored but
 * the process died before settling (or whose answer was lost) is still recognised ({@link IntendedCompanyWrite});
 * {@link #settleIntents} once the change it belongs to is settled, which turns what was intended into our last
 * writes to the record the change resolved to. An intent is kept until then, across restarts.
 */
public interface CompanyOwnWrites {

    Map<CompanyField, OwnWrite> lastWritten(ExternalRef target);

    /** @param changes field → value written; {@code ""} for a field we cleared */
    void remember(ExternalRef target, Map<CompanyField, String> changes, Instant writtenAt);

    void forget(ExternalRef target, Set<CompanyField> fields);

    /**
     * Records values about to be written, before the write is sent; values already intended by the same source for
     * the same field are kept too (an earlier attempt may have landed).
     */
    void intend(List<IntendedCompanyWrite> writes);

    /**
     * The intended writes not yet settled that aim at {@code record}: by its id, or, for creates, by
     * {@code domain}, the record's domain.
     */
    List<IntendedCompanyWrite> intendedTowards(ExternalRef record, Optional<String> domain);

    /** The intended writes not yet settled of changes of {@code source}. */
    List<IntendedCompanyWrite> intendedBy(ExternalRef source);

    /**
     * Ends the intents of {@code source}'s changes once one of them is settled: when the change resolved to a record
     * of the other CRM, each field's latest intended value becomes our last write to it (as of when it was
     * intended), so its read-back stays an echo; then the intents are dropped.
     */
    void settleIntents(ExternalRef source, Optional<ExternalRef> resolvedTarget);
}
