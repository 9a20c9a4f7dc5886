package io.leadbridge.core.association;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.company.AccountCandidate;
import io.leadbridge.core.company.AccountMatcher;
import io.leadbridge.core.company.FreeMailDomains;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.testing.ChangeEvents;
import io.leadbridge.core.testing.InMemoryAccountLookup;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.InMemoryIdMappingStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.testing.People;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lead-to-account by email domain: a contact or Salesforce Contact without a company gets the company of the
 * person's email domain, once; a company a user chose is kept; Leads and free-mail addresses are left alone.
 */
class CompanyByDomainLinkingTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final ExternalRef CONTACT = ChangeEvents.hubspotContact("101");
    private static final ExternalRef SF_CONTACT = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000AbCd8AAB");
    private static final ExternalRef LEAD = ChangeEvents.salesforceLead("00Q5g00000AbCd1EAF");
    private static final ExternalRef ACME = new ExternalRef(CrmSystem.HUBSPOT, "company", "9001");
    private static final ExternalRef ACME_ACCOUNT = new ExternalRef(CrmSystem.SALESFORCE, "Account", "0015g00000AcmeAAA");

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryAccountLookup hubspotCompanies = new InMemoryAccountLookup(CrmSystem.HUBSPOT);
    private final InMemoryAccountLookup accounts = new InMemoryAccountLookup(CrmSystem.SALESFORCE);
    private final FakeCompanies hubspot = new FakeCompanies(CrmSystem.HUBSPOT, "contact");
    private final FakeCompanies salesforce = new FakeCompanies(CrmSystem.SALESFORCE, "Contact");
    private final CompanyByDomainLinking linking = new CompanyByDomainLinking(ids,
            new AccountMatcher(FreeMailDomains.DEFAULT, List.of(hubspotCompanies, accounts)), FreeMailDomains.DEFAULT,
            List.of(hubspot, salesforce), audit, clock);
    private final PersonId person = PersonId.newId();

    @Test
    void aContactAndASalesforceContactWithoutACompanyAreLinkedToTheCompanyOfTheirEmailDomainOnce() {
        companiesHaveTheDomain();
        ids.link(person, CONTACT);
        ids.link(person, SF_CONTACT);

        linking.settled(change("kim@Acme.example"));
        linking.settled(change("kim@acme.example"));

        assertThat(hubspot.links).containsExactly(CONTACT + " -> " + ACME);
        assertThat(salesforce.links).containsExactly(SF_CONTACT + " -> " + ACME_ACCOUNT);
        assertThat(hubspotCompanies.lookups()).as("the second change costs no lookup").hasSize(1);
        assertThat(audit.all()).filteredOn(e -> e.kind() == AuditKind.ASSOCIATION).hasSize(2)
                .allSatisfy(e -> assertThat(e.details()).containsEntry("action", "LINKED"));
    }

    @Test
    void aCompanyAUserChoseIsKeptAndNothingIsWritten() {
        companiesHaveTheDomain();
        ids.link(person, CONTACT);
        hubspot.current.put(CONTACT, new ArrayList<>(List.of(new ExternalRef(CrmSystem.HUBSPOT, "company", "7"))));

        linking.settled(change("kim@acme.example"));

        assertThat(hubspot.links).isEmpty();
        assertThat(audit.all()).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("action", "KEPT"));
    }

    @Test
    void leadsAndFreeMailAddressesAreLeftAlone() {
        companiesHaveTheDomain();
        hubspotCompanies.add(new AccountCandidate(new ExternalRef(CrmSystem.HUBSPOT, "company", "8"), "gmail.com", T0));
        ids.link(person, LEAD);
        ids.link(person, CONTACT);

        linking.settled(change("kim@gmail.com"));
        linking.settled(leadChange("kim@acme.example"));

        assertThat(hubspot.links).containsExactly(CONTACT + " -> " + ACME);
        assertThat(salesforce.links).isEmpty();
        assertThat(hubspotCompanies.lookups()).containsExactly("acme.example");
    }

    @Test
    void aDomainNoCompanyHasIsLookedUpAgainADayLater() {
        ids.link(person, CONTACT);
        linking.settled(change("kim@acme.example"));
        clock.advance(Duration.ofHours(2));
        linking.settled(change("kim@acme.example"));
        companiesHaveTheDomain();
        clock.advance(CompanyByDomainLinking.RECHECK_NO_MATCH);

        linking.settled(change("kim@acme.example"));

        assertThat(hubspotCompanies.lookups()).hasSize(2);
        assertThat(hubspot.links).containsExactly(CONTACT + " -> " + ACME);
    }

    private void companiesHaveTheDomain() {
        hubspotCompanies.add(new AccountCandidate(ACME, "acme.example", T0));
        accounts.add(new AccountCandidate(ACME_ACCOUNT, "acme.example", T0));
    }

    private ChangeEvent change(String email) {
        return ChangeEvents.polledContact(CONTACT.id(), clock.instant(), People.nobody().withEmail(email).build());
    }

    private ChangeEvent leadChange(String email) {
        return ChangeEvents.polledLead(LEAD.id(), clock.instant(), People.nobody().withEmail(email).build());
    }

    /** A CRM whose person records belong to the companies a test gives them. */
    private static final class FakeCompanies implements PersonCompanies {
        final Map<ExternalRef, List<ExternalRef>> current = new HashMap<>();
        final List<String> links = new ArrayList<>();
        private final CrmSystem system;
        private final String personType;

        FakeCompanies(CrmSystem system, String personType) {
            this.system = system;
            this.personType = personType;
        }

        @Override
        public CrmSystem system() {
            return system;
        }

        @Override
        public boolean supports(ExternalRef person) {
            return person.system() == system && person.objectType().equals(personType);
        }

        @Override
        public List<ExternalRef> companiesOf(ExternalRef person) {
            return List.copyOf(current.getOrDefault(person, List.of()));
        }

        @Override
        public void link(ExternalRef person, ExternalRef company) {
            links.add(person + " -> " + company);
            current.computeIfAbsent(person, p -> new ArrayList<>()).add(company);
        }
    }
}
