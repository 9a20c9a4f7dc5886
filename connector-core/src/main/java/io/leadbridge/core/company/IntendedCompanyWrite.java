package io.leadbridge.core.company;

import io.leadbridge.core.echo.IntentAim;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One company field value Leadbridge is about to write into the other CRM for a change of {@code source},
 * remembered before the write is sent (ADR 0032, as {@link io.leadbridge.core.echo.IntendedWrite} for people): if
 * the process dies after the CRM stored the write but before Leadbridge settled it, the written record's read-back
 * is still recognised as our own write and not taken for a change of its own.
 *
 * @param source     the company record whose change is being written
 * @param target     the record being updated; empty for a create, which {@code domain} then identifies
 * @param domain     the fingerprint of the domain the write carries, normalised as matching compares it
 *                   ({@link #domainFingerprint}); for a create it is how the new record is found
 * @param intendedAt when the write was about to be sent, in Leadbridge's clock
 */
public record IntendedCompanyWrite(ExternalRef source, Optional<ExternalRef> target,
                                   Optional<ValueFingerprint> domain, CompanyField field,
                                   ValueFingerprint fingerprint, Instant intendedAt) {

    public IntendedCompanyWrite {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(intendedAt, "intendedAt");
        IntentAim.check(source, target, domain, "company", "domain");
    }

    /**
     * How a domain is held: the fingerprint of the domain as {@link AccountMatcher} compares it
     * ({@link CompanyDomains#fromWebsite}), so that no domain is stored; empty when the text has no domain.
     */
    public static Optional<ValueFingerprint> domainFingerprint(String domainOrWebsite) {
        return CompanyDomains.fromWebsite(domainOrWebsite).map(ValueFingerprint::of);
    }

    /**
     * Every value of one write, as intended writes. A create that carries no domain gives none: nothing could
     * find the record it makes (domain matching neither), so there is nothing to recognise.
     */
    public static List<IntendedCompanyWrite> of(CompanyWrite write, Instant intendedAt) {
        Optional<ValueFingerprint> domain = Optional.ofNullable(write.changes().get(CompanyField.DOMAIN))
                .flatMap(IntendedCompanyWrite::domainFingerprint);
        if (write.target().isEmpty() && domain.isEmpty()) {
            return List.of();
        }
        List<IntendedCompanyWrite> intended = new ArrayList<>();
        write.changes().forEach((field, value) -> intended.add(new IntendedCompanyWrite(write.source(),
                write.target(), domain, field, ValueFingerprint.of(value), intendedAt)));
        return intended;
    }

    /** Whether this write aims at {@code record}: by id for an update, by {@code recordDomain} for a create. */
    public boolean towards(ExternalRef record, Optional<String> recordDomain) {
        return IntentAim.towards(source, target, domain, record,
                recordDomain.flatMap(IntendedCompanyWrite::domainFingerprint));
    }
}
