package io.leadbridge.core.association;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.audit.AuditTrail;
import io.leadbridge.core.company.AccountMatch;
import io.leadbridge.core.company.AccountMatcher;
import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.core.company.FreeMailDomains;
import io.leadbridge.core.engine.SettledChangeListener;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import io.leadbridge.core.sync.ChangeEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lead-to-account by email domain, after a person's change has settled (ADR 0024): in each CRM whose record of the
 * person can belong to a company (a HubSpot contact, a Salesforce Contact; not a Lead), a record that belongs to none
 * is linked to that CRM's company whose domain is the person's email domain ({@link AccountMatcher}: several, the most
 * recently modified). Free-mail domains never match and cost no lookup. Only a blank is filled: a record a user
 * already linked to a company keeps it, and nothing is written.
 *
 * <p>Each check is recorded in the person's audit trail ({@link AuditKind#ASSOCIATION}, rule {@value #RULE}) with
 * the record and the domain, so the person's later changes cost no CRM call until the email's domain changes; a
 * domain no company had is looked up again {@link #RECHECK_NO_MATCH} after.
 */
public final class CompanyByDomainLinking implements SettledChangeListener {

    /** The audit rule of a company check of one record. */
    public static final String RULE = "association:company-by-domain";
    /** How long a domain no company had is taken as still without one. */
    public static final Duration RECHECK_NO_MATCH = Duration.ofDays(1);
    private static final int HISTORY = 200;

    private final IdMappingStore ids;
    private final AccountMatcher matcher;
    private final FreeMailDomains freeMail;
    private final Map<CrmSystem, PersonCompanies> companies = new EnumMap<>(CrmSystem.class);
    private final AuditTrail audit;
    private final Clock clock;

    public CompanyByDomainLinking(IdMappingStore ids, AccountMatcher matcher, FreeMailDomains freeMail,
                                  List<PersonCompanies> companies, AuditTrail audit, Clock clock) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.freeMail = Objects.requireNonNull(freeMail, "freeMail");
        companies.forEach(c -> this.companies.put(c.system(), c));
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void settled(ChangeEvent change) {
        Optional<String> domain = change.person().flatMap(p -> p.email()).flatMap(CompanyDomains::fromEmail)
                .filter(d -> !freeMail.contains(d));
        Optional<PersonId> person = ids.find(change.ref());
        if (domain.isEmpty() || person.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<AuditEntry> history = audit.of(person.get(), HISTORY);
        companies.forEach((system, crm) -> ids.refIn(person.get(), system)
                .filter(crm::supports)
                .filter(record -> !checked(history, record, domain.get(), now))
                .ifPresent(record -> check(person.get(), record, domain.get(), crm, now)));
    }

    private void check(PersonId person, ExternalRef record, String domain, PersonCompanies crm, Instant now) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("record", record.key());
        details.put("domain", domain);
        String reason;
        if (matcher.matchDomain(domain, record.system()) instanceof AccountMatch.Matched matched) {
            List<ExternalRef> current = crm.companiesOf(record);
            if (current.isEmpty()) {
                crm.link(record, matched.account());
                details.put("company", matched.account().key());
                details.put("action", "LINKED");
                reason = record + " belonged to no company, so it was linked to " + matched.account() + ": "
                        + matched.reason();
            } else {
                details.put("company", current.get(0).key());
                details.put("action", "KEPT");
                reason = record + " already belongs to " + current.get(0) + "; a company a user chose is kept";
            }
        } else {
            details.put("action", "NO_MATCH");
            reason = "no " + record.system() + " company has the domain " + domain + " yet; looked up again after "
                    + RECHECK_NO_MATCH.toHours() + "h";
        }
        audit.record(List.of(AuditEntry.of(person, now, AuditKind.ASSOCIATION, RULE, reason).about(record)
                .with(details)));
    }

    private static boolean checked(List<AuditEntry> history, ExternalRef record, String domain, Instant now) {
        return history.stream().anyMatch(e -> e.kind() == AuditKind.ASSOCIATION && RULE.equals(e.ruleId())
                && record.key().equals(e.details().get("record")) && domain.equals(e.details().get("domain"))
                && (!"NO_MATCH".equals(e.details().get("action")) || e.at().plus(RECHECK_NO_MATCH).isAfter(now)));
    }
}
