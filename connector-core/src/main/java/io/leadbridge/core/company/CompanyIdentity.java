package io.leadbridge.core.company;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.port.IdMappingStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a changed company's record in the other CRM: the id map first (companies and Accounts are linked in the
 * same id map as people, under their own object types), else the other CRM's record with the same domain through
 * {@link AccountMatcher} (most recently modified first; free-mail domains never match). A record already linked to
 * another company is passed over, so two companies are never joined; when only such records have the domain the
 * result is a {@link CompanyResolution.Conflict}, never a create. {@link #link} records a settled pair.
 */
public final class CompanyIdentity {

    private final IdMappingStore ids;
    private final AccountMatcher matcher;

    public CompanyIdentity(IdMappingStore ids, AccountMatcher matcher) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    public CompanyResolution resolve(ExternalRef source, Optional<String> domain) {
        CrmSystem other = source.system().other();
        Optional<ExternalRef> linked = counterpart(source);
        if (linked.isPresent()) {
            return new CompanyResolution.Linked(linked.get(), "id map: " + source + " is linked to " + linked.get());
        }
        if (domain.isEmpty()) {
            return new CompanyResolution.NoMatch(source + " has no domain to match a " + other + " company on");
        }
        AccountMatch match = matcher.matchDomain(domain.get(), other);
        if (match instanceof AccountMatch.NoMatch none) {
            return new CompanyResolution.NoMatch(none.reason());
        }
        List<AccountCandidate> candidates = ((AccountMatch.Matched) match).candidates();
        return candidates.stream().filter(c -> ids.find(c.ref()).isEmpty()).findFirst()
                .<CompanyResolution>map(c -> new CompanyResolution.Matched(c, c == candidates.get(0) ? match.reason()
                        : "domain match: " + c.ref() + ", the best of the records with the domain " + domain.get()
                        + " not linked to another company (" + match.reason() + ")"))
                .orElseGet(() -> new CompanyResolution.Conflict("every " + other + " company with the domain "
                        + domain.get() + " is already linked to another company (" + match.reason()
                        + "); nothing is created or linked until an admin merges the companies or fixes a domain"));
    }

    /** The record of the other CRM linked to {@code ref}, if any. */
    public Optional<ExternalRef> counterpart(ExternalRef ref) {
        return ids.find(ref).flatMap(id -> ids.refIn(id, ref.system().other()));
    }

    /**
     * Links two records as one company.
     *
     * @throws IllegalStateException when either already belongs to another company
     */
    public void link(ExternalRef source, ExternalRef target) {
        ids.link(ids.personFor(source), target);
    }
}
