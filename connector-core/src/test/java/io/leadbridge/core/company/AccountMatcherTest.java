package io.leadbridge.core.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.core.testing.InMemoryAccountLookup;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountMatcherTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");
    private static final ExternalRef ACME = account("001000000000001AAA");

    private final InMemoryAccountLookup salesforce = new InMemoryAccountLookup(CrmSystem.SALESFORCE);
    private final AccountMatcher matcher = new AccountMatcher(FreeMailDomains.DEFAULT, List.of(salesforce));

    @Test
    void aLeadJoinsTheAccountWithItsEmailDomain() {
        salesforce.add(new AccountCandidate(ACME, "acme.example", MONDAY));

        AccountMatch match = matcher.match(Optional.of("Kim.Larsen@ACME.example"), CrmSystem.SALESFORCE);

        assertThat(match).isEqualTo(new AccountMatch.Matched(ACME, List.of(new AccountCandidate(ACME, "acme.example",
                MONDAY)), "domain match: SALESFORCE:Account:001000000000001AAA has the domain acme.example"));
        assertThat(salesforce.lookups()).containsExactly("acme.example");
    }

    @Test
    void aFreeMailAddressNeverMatchesAnAccountAndIsNotLookedUp() {
        salesforce.add(new AccountCandidate(account("001000000000009AAA"), "gmail.com", MONDAY));

        AccountMatch match = matcher.match(Optional.of("kim.larsen@gmail.com"), CrmSystem.SALESFORCE);

        assertThat(match).isEqualTo(new AccountMatch.NoMatch("gmail.com is a free-mail domain, which says nothing "
                + "about the person's employer, so no company is matched"));
        assertThat(salesforce.lookups()).isEmpty();
    }

    @Test
    void aConfiguredFreeMailListReplacesTheDefault() {
        AccountMatcher regional = new AccountMatcher(FreeMailDomains.of("qualification.free-mail-domains",
                List.of("Telia.no")), List.of(salesforce));
        salesforce.add(new AccountCandidate(account("001000000000009AAA"), "gmail.com", MONDAY));

        assertThat(regional.match(Optional.of("kim@telia.no"), CrmSystem.SALESFORCE))
                .isInstanceOf(AccountMatch.NoMatch.class);
        assertThat(regional.match(Optional.of("kim@gmail.com"), CrmSystem.SALESFORCE))
                .isInstanceOf(AccountMatch.Matched.class);
    }

    @Test
    void severalAccountsWithOneDomainPickTheMostRecentlyModifiedThenTheLowestIdAndSaySo() {
        ExternalRef older = account("001000000000003AAA");
        ExternalRef newerHigh = account("001000000000002AAA");
        ExternalRef newerLow = account("001000000000001AAA");
        salesforce.add(new AccountCandidate(older, "acme.example", MONDAY))
                .add(new AccountCandidate(newerHigh, "acme.example", TUESDAY))
                .add(new AccountCandidate(newerLow, "acme.example", TUESDAY));

        AccountMatch.Matched match = (AccountMatch.Matched) matcher.match(Optional.of("kim@acme.example"),
                CrmSystem.SALESFORCE);

        assertThat(match.account()).isEqualTo(newerLow);
        assertThat(match.ambiguous()).isTrue();
        assertThat(match.candidates()).extracting(AccountCandidate::ref).containsExactly(newerLow, newerHigh, older);
        assertThat(match.reason()).startsWith("3 SALESFORCE companies have the domain acme.example (")
                .endsWith("picked SALESFORCE:Account:001000000000001AAA: the most recently modified, then the lowest id");
    }

    @Test
    void noAccountWithTheDomainAndNoEmailAreNoMatch() {
        assertThat(matcher.match(Optional.of("kim@acme.example"), CrmSystem.SALESFORCE))
                .isEqualTo(new AccountMatch.NoMatch("no SALESFORCE company has the domain acme.example"));
        assertThat(matcher.match(Optional.empty(), CrmSystem.SALESFORCE)).isInstanceOf(AccountMatch.NoMatch.class);
        assertThat(matcher.match(Optional.of("not-an-address"), CrmSystem.SALESFORCE))
                .isInstanceOf(AccountMatch.NoMatch.class);
    }

    @Test
    void refusesToMatchWithoutALookupForTheCrm() {
        assertThatThrownBy(() -> matcher.match(Optional.of("kim@acme.example"), CrmSystem.HUBSPOT))
                .hasMessage("no account lookup configured for HUBSPOT");
    }

    @Nested
    class FreeMailList {

        @Test
        void theDefaultCoversTheLargeProviders() {
            assertThat(FreeMailDomains.DEFAULT.all()).contains("gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
                    "icloud.com", "proton.me", "gmx.de").doesNotContain("acme.example");
        }

        @Test
        void aConfiguredListReportsEveryEntryThatIsNotADomain() {
            assertThatThrownBy(() -> FreeMailDomains.of("qualification.free-mail-domains",
                    Arrays.asList("gmail.com", "@yahoo.com", null, "localhost")))
                    .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                            .containsExactly(
                                    "qualification.free-mail-domains[1]: '@yahoo.com' is not a domain like gmail.com",
                                    "qualification.free-mail-domains[2]: 'null' is not a domain like gmail.com",
                                    "qualification.free-mail-domains[3]: 'localhost' is not a domain like gmail.com"));
        }
    }

    @Nested
    class Domains {

        @Test
        void aWebsiteIsReducedToItsDomain() {
            assertThat(CompanyDomains.fromWebsite("https://www.Acme.example/about?x=1")).contains("acme.example");
            assertThat(CompanyDomains.fromWebsite("acme.example")).contains("acme.example");
            assertThat(CompanyDomains.fromWebsite("http://shop.acme.example:8080")).contains("shop.acme.example");
            assertThat(CompanyDomains.fromWebsite("  ")).isEmpty();
            assertThat(CompanyDomains.fromWebsite(null)).isEmpty();
        }

        @Test
        void anEmailGivesTheDomainAfterTheAt() {
            assertThat(CompanyDomains.fromEmail(" Kim@Sales.Acme.example ")).contains("sales.acme.example");
            assertThat(CompanyDomains.fromEmail("kim")).isEmpty();
        }
    }

    private static ExternalRef account(String id) {
        return new ExternalRef(CrmSystem.SALESFORCE, "Account", id);
    }
}
