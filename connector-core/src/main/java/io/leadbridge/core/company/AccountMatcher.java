package io.leadbridge.core.company;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Matches a person to a company record by the domain of their email. Free-mail domains never match. When several
 * records share the domain, the most recently modified wins, then the lowest id, and the ambiguity is reported.
 */
public final class AccountMatcher {

    private static final Comparator<AccountCandidate> PREFERENCE = Comparator
            .comparing(AccountCandidate::lastModifiedAt, Comparator.reverseOrder())
            .thenComparing(c -> c.ref().id(), ExternalRef.ID_ORDER);

    private final FreeMailDomains freeMail;
    private final Map<CrmSystem, AccountLookup> lookups = new EnumMap<>(CrmSystem.class);

    public AccountMatcher(FreeMailDomains freeMail, List<AccountLookup> lookups) {
        this.freeMail = Objects.requireNonNull(freeMail, "freeMail");
        lookups.forEach(l -> this.lookups.put(l.system(), l));
    }

    /** The company record in {@code system} for a person with {@code email}. */
    public AccountMatch match(Optional<String> email, CrmSystem system) {
        Optional<String> domain = email.flatMap(CompanyDomains::fromEmail);
        if (domain.isEmpty()) {
            return new AccountMatch.NoMatch("the person has no email with a domain to match a company on");
        }
        return matchDomain(domain.get(), system);
    }

    /**
     * The company record in {@code system} with the normalised {@code domain} (a company's own website or domain);
     * a free-mail domain never matches.
     */
    public AccountMatch matchDomain(String domain, CrmSystem system) {
        if (!CompanyDomains.isDomain(domain)) {
            throw new IllegalArgumentException("domain must be a normalised domain like acme.example, was " + domain);
        }
        if (freeMail.contains(domain)) {
            return new AccountMatch.NoMatch(domain + " is a free-mail domain, which says nothing about the "
                    + "person's employer, so no company is matched");
        }
        AccountLookup lookup = lookups.get(system);
        if (lookup == null) {
            throw new IllegalStateException("no account lookup configured for " + system);
        }
        List<AccountCandidate> candidates = lookup.findByDomain(domain).stream().sorted(PREFERENCE).toList();
        if (candidates.isEmpty()) {
            return new AccountMatch.NoMatch("no " + system + " company has the domain " + domain);
        }
        AccountCandidate best = candidates.get(0);
        String reason = candidates.size() == 1
                ? "domain match: " + best.ref() + " has the domain " + domain
                : candidates.size() + " " + system + " companies have the domain " + domain + " ("
                        + candidates.stream().map(c -> c.ref().toString()).collect(Collectors.joining(", "))
                        + "); picked " + best.ref() + ": the most recently modified, then the lowest id";
        return new AccountMatch.Matched(best.ref(), candidates, reason);
    }
}
