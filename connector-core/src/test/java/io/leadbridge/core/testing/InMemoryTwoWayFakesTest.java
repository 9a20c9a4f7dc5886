package io.leadbridge.core.testing;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.company.AccountCandidate;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The fakes other modules' tests use for the two-way ports behave as the ports' contracts say. */
class InMemoryTwoWayFakesTest {

    private static final ExternalRef LEAD = salesforceLead("00Q000000000001AAA");
    private static final Instant T1 = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-03T09:05:00Z");

    @Nested
    class OwnWrites {

        private final InMemoryOwnWriteStore store = new InMemoryOwnWriteStore();

        @Test
        void keepsTheLatestWriteOfEachFieldAsAFingerprint() {
            store.remember(LEAD, Map.of(PersonField.TITLE, "CTO", PersonField.PHONE, ""), T1);
            store.remember(LEAD, Map.of(PersonField.TITLE, "VP"), T2);

            assertThat(store.lastWritten(LEAD)).containsOnly(
                    Map.entry(PersonField.TITLE, new OwnWrite(ValueFingerprint.of("VP"), T2)),
                    Map.entry(PersonField.PHONE, new OwnWrite(ValueFingerprint.of(""), T1)));
            assertThat(store.lastWritten(hubspotContact("512"))).isEmpty();
        }

        @Test
        void forgetsOnlyTheFieldsNamedAndToleratesUnknownOnes() {
            store.remember(LEAD, Map.of(PersonField.TITLE, "CTO", PersonField.PHONE, "+47 555 01"), T1);

            store.forget(LEAD, Set.of(PersonField.TITLE, PersonField.CITY));
            store.forget(hubspotContact("512"), Set.of(PersonField.TITLE));

            assertThat(store.lastWritten(LEAD)).containsOnlyKeys(PersonField.PHONE);
        }
    }

    @Nested
    class Lookups {

        @Test
        void peopleAreFoundByTheNormalisedEmailOnly() {
            InMemoryPeopleLookup lookup = new InMemoryPeopleLookup(CrmSystem.SALESFORCE)
                    .add(" Kim@Acme.example ", PersonCandidate.of(LEAD, T1));

            assertThat(lookup.findByEmail("kim@acme.example")).containsExactly(PersonCandidate.of(LEAD, T1));
            assertThat(lookup.findByEmail("kim@acme.org")).isEmpty();
            assertThat(lookup.lookups()).containsExactly("kim@acme.example", "kim@acme.org");
        }

        @Test
        void aLookupHoldsRecordsOfItsOwnCrmOnly() {
            assertThatThrownBy(() -> new InMemoryPeopleLookup(CrmSystem.HUBSPOT).add("kim@acme.example",
                    PersonCandidate.of(LEAD, T1))).hasMessageContaining("is not a HUBSPOT record");
            assertThatThrownBy(() -> new InMemoryAccountLookup(CrmSystem.HUBSPOT).add(new AccountCandidate(
                    new ExternalRef(CrmSystem.SALESFORCE, "Account", "001000000000001AAA"), "acme.example", T1)))
                    .hasMessageContaining("is not a HUBSPOT record");
        }

        @Test
        void accountsAreFoundByTheirExactDomain() {
            ExternalRef acme = new ExternalRef(CrmSystem.SALESFORCE, "Account", "001000000000001AAA");
            InMemoryAccountLookup lookup = new InMemoryAccountLookup(CrmSystem.SALESFORCE)
                    .add(new AccountCandidate(acme, "acme.example", T1));

            assertThat(lookup.findByDomain("acme.example")).extracting(AccountCandidate::ref).containsExactly(acme);
            assertThat(lookup.findByDomain("sales.acme.example")).isEmpty();
        }
    }
}
