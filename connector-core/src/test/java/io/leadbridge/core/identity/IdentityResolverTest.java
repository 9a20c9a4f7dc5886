package io.leadbridge.core.identity;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.testing.InMemoryIdMappingStore;
import io.leadbridge.core.testing.InMemoryPeopleLookup;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {

    private static final ExternalRef KIM_IN_HUBSPOT = hubspotContact("512");
    private static final Optional<String> KIM_EMAIL = Optional.of("kim@acme.example");
    private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");

    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final InMemoryPeopleLookup salesforce = new InMemoryPeopleLookup(CrmSystem.SALESFORCE);
    private final InMemoryPeopleLookup hubspot = new InMemoryPeopleLookup(CrmSystem.HUBSPOT);
    private final IdentityResolver resolver = new IdentityResolver(ids, List.of(salesforce, hubspot));

    @Test
    void aLinkedPersonIsResolvedFromTheIdMapWithoutALookup() {
        PersonId kim = ids.personFor(KIM_IN_HUBSPOT);
        ids.link(kim, salesforceLead("00Q000000000001AAA"));

        IdentityResolution resolution = resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL);

        assertThat(resolution).isEqualTo(new IdentityResolution.Linked(salesforceLead("00Q000000000001AAA"),
                "id map: HUBSPOT:contact:512 is linked to SALESFORCE:Lead:00Q000000000001AAA"));
        assertThat(salesforce.lookups()).isEmpty();
    }

    @Test
    void aPersonWhoseEmailIsAlreadyInSalesforceIsMatchedNotCreated() {
        salesforce.add("Kim@Acme.example", PersonCandidate.of(salesforceLead("00Q000000000001AAA"), MONDAY));

        IdentityResolution resolution = resolver.resolve(KIM_IN_HUBSPOT, Optional.of("  KIM@acme.EXAMPLE "));

        assertThat(resolution).isInstanceOfSatisfying(IdentityResolution.Matched.class, m -> {
            assertThat(m.target()).isEqualTo(salesforceLead("00Q000000000001AAA"));
            assertThat(m.ambiguous()).isFalse();
            assertThat(m.existingPerson()).isEmpty();
            assertThat(m.reason()).isEqualTo("email match: SALESFORCE:Lead:00Q000000000001AAA holds this person's email");
        });
        assertThat(salesforce.lookups()).containsExactly("kim@acme.example");
    }

    @Test
    void aPersonNobodyHoldsIsCreated() {
        assertThat(resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL)).isEqualTo(new IdentityResolution.NoMatch(
                "no SALESFORCE record holds this person's email, so a new record is created"));
    }

    @Test
    void aPersonWithoutEmailCannotBeMatchedAndIsCreated() {
        assertThat(resolver.resolve(KIM_IN_HUBSPOT, Optional.of("  "))).isInstanceOf(IdentityResolution.NoMatch.class)
                .extracting(IdentityResolution::reason).asString().contains("has no email");
        assertThat(salesforce.lookups()).isEmpty();
    }

    @Nested
    class SeveralSalesforceRecordsWithOneEmail {

        private final ExternalRef olderLead = salesforceLead("00Q000000000001AAA");
        private final ExternalRef newerLead = salesforceLead("00Q000000000002AAA");
        private final ExternalRef contact = contact("003000000000009AAA");

        @Test
        void aContactWinsOverMoreRecentlyModifiedLeadsAndTheAmbiguityIsReported() {
            salesforce.add("kim@acme.example", PersonCandidate.of(olderLead, MONDAY))
                    .add("kim@acme.example", PersonCandidate.of(newerLead, TUESDAY))
                    .add("kim@acme.example", PersonCandidate.of(contact, MONDAY));

            IdentityResolution.Matched matched = matched(resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL));

            assertThat(matched.target()).isEqualTo(contact);
            assertThat(matched.ambiguous()).isTrue();
            assertThat(matched.candidates()).extracting(PersonCandidate::ref).containsExactly(contact, newerLead,
                    olderLead);
            assertThat(matched.reason()).isEqualTo("3 SALESFORCE records hold this person's email ("
                    + "SALESFORCE:Contact:003000000000009AAA, SALESFORCE:Lead:00Q000000000002AAA, "
                    + "SALESFORCE:Lead:00Q000000000001AAA); picked SALESFORCE:Contact:003000000000009AAA: a Contact "
                    + "over a Lead, then the most recently modified, then the lowest id");
        }

        @Test
        void amongLeadsTheMostRecentlyModifiedWins() {
            salesforce.add("kim@acme.example", PersonCandidate.of(olderLead, MONDAY))
                    .add("kim@acme.example", PersonCandidate.of(newerLead, TUESDAY));

            assertThat(matched(resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL)).target()).isEqualTo(newerLead);
        }

        @Test
        void amongEquallyRecentRecordsTheLowestIdWinsWhateverTheOrderTheyCameIn() {
            salesforce.add("kim@acme.example", PersonCandidate.of(newerLead, MONDAY))
                    .add("kim@acme.example", PersonCandidate.of(olderLead, MONDAY));

            assertThat(matched(resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL)).target()).isEqualTo(olderLead);
        }

        @Test
        void aConvertedLeadStandsForItsContact() {
            salesforce.add("kim@acme.example", new PersonCandidate(olderLead, TUESDAY, Optional.of(contact)));

            IdentityResolution.Matched matched = matched(resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL));

            assertThat(matched.target()).isEqualTo(contact);
            assertThat(matched.ambiguous()).isFalse();
        }

        @Test
        void aConvertedLeadFoundWithItsContactCountsOnce() {
            salesforce.add("kim@acme.example", new PersonCandidate(olderLead, TUESDAY, Optional.of(contact)))
                    .add("kim@acme.example", PersonCandidate.of(contact, MONDAY));

            IdentityResolution.Matched matched = matched(resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL));

            assertThat(matched.candidates()).extracting(PersonCandidate::ref).containsExactly(contact);
        }
    }

    @Nested
    class RecordsThatAlreadyBelongToSomeone {

        private final ExternalRef lead = salesforceLead("00Q000000000001AAA");

        @Test
        void aSalesforceRecordOfAPersonNotYetInHubSpotIsJoinedNotDuplicated() {
            PersonId knownFromSalesforce = ids.personFor(lead);
            salesforce.add("kim@acme.example", PersonCandidate.of(lead, MONDAY));

            IdentityResolution.Matched matched = matched(resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL));

            assertThat(matched.target()).isEqualTo(lead);
            assertThat(matched.existingPerson()).contains(knownFromSalesforce);
        }

        @Test
        void aSalesforceRecordOfAnotherHubSpotContactIsAConflictAndNothingIsCreated() {
            PersonId other = ids.personFor(hubspotContact("777"));
            ids.link(other, lead);
            salesforce.add("kim@acme.example", PersonCandidate.of(lead, MONDAY));

            IdentityResolution resolution = resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL);

            assertThat(resolution).isInstanceOfSatisfying(IdentityResolution.Conflict.class, c -> {
                assertThat(c.candidates()).extracting(PersonCandidate::ref).containsExactly(lead);
                assertThat(c.reason()).contains("already belongs to another person").contains("nothing is created");
            });
        }

        @Test
        void aRecordThatAlreadyHasAPersonOfItsOwnNeverJoinsAnotherPersonsRecord() {
            ids.personFor(lead);
            ids.personFor(KIM_IN_HUBSPOT);
            salesforce.add("kim@acme.example", PersonCandidate.of(lead, MONDAY));

            assertThat(resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL)).isInstanceOf(IdentityResolution.Conflict.class);
        }

        @Test
        void aTakenRecordIsPassedOverForAFreeOneAndSaid() {
            PersonId other = ids.personFor(hubspotContact("777"));
            ids.link(other, contact("003000000000009AAA"));
            salesforce.add("kim@acme.example", PersonCandidate.of(contact("003000000000009AAA"), TUESDAY))
                    .add("kim@acme.example", PersonCandidate.of(lead, MONDAY));

            IdentityResolution.Matched matched = matched(resolver.resolve(KIM_IN_HUBSPOT, KIM_EMAIL));

            assertThat(matched.target()).isEqualTo(lead);
            assertThat(matched.reason()).endsWith("passed over SALESFORCE:Contact:003000000000009AAA, which already "
                    + "belong to other people");
        }
    }

    @Test
    void aSalesforceChangeIsMatchedAgainstHubSpotContacts() {
        hubspot.add("kim@acme.example", PersonCandidate.of(hubspotContact("512"), MONDAY));

        assertThat(matched(resolver.resolve(salesforceLead("00Q000000000001AAA"), KIM_EMAIL)).target())
                .isEqualTo(hubspotContact("512"));
    }

    @Test
    void refusesToMatchWithoutALookupForTheOtherCrm() {
        IdentityResolver withoutLookups = new IdentityResolver(ids, List.of());

        assertThatThrownBy(() -> withoutLookups.resolve(KIM_IN_HUBSPOT, KIM_EMAIL))
                .hasMessage("no people lookup configured for SALESFORCE");
    }

    private static ExternalRef contact(String id) {
        return new ExternalRef(CrmSystem.SALESFORCE, "Contact", id);
    }

    @Nested
    class ASalesforceSourceAmongRecordsOfItsOwnOrgWithTheEmail {

        private final ExternalRef lead = salesforceLead("00Q000000000001AAA");
        private final ExternalRef otherLead = salesforceLead("00Q000000000002AAA");
        private final ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "003000000000001AAA");

        @Test
        void aLeadBesideAContactIsADuplicateNamingTheContactAndLooksNothingUpInHubSpot() {
            salesforce.add("kim@acme.example", PersonCandidate.of(lead, TUESDAY))
                    .add("kim@acme.example", PersonCandidate.of(contact, MONDAY));

            IdentityResolution resolution = resolver.resolve(lead, KIM_EMAIL);

            assertThat(resolution).isInstanceOfSatisfying(IdentityResolution.Duplicate.class, d -> {
                assertThat(d.keeper()).isEqualTo(contact);
                assertThat(d.reason()).contains(contact.key() + " stands for the person", lead.key() + " is not synced");
            });
            assertThat(hubspot.lookups()).isEmpty();
        }

        @Test
        void theLinkedRecordKeepsStandingForThePersonEvenWhenADuplicateIsNewer() {
            PersonId kim = ids.personFor(KIM_IN_HUBSPOT);
            ids.link(kim, lead);
            salesforce.add("kim@acme.example", PersonCandidate.of(lead, MONDAY))
                    .add("kim@acme.example", PersonCandidate.of(otherLead, TUESDAY));

            assertThat(resolver.resolve(otherLead, KIM_EMAIL)).isInstanceOfSatisfying(
                    IdentityResolution.Duplicate.class, d -> assertThat(d.keeper()).isEqualTo(lead));
        }

        @Test
        void theRecordThatStandsForThePersonIsMatchedAndNamesItsDuplicates() {
            salesforce.add("kim@acme.example", PersonCandidate.of(lead, TUESDAY))
                    .add("kim@acme.example", PersonCandidate.of(contact, MONDAY));
            hubspot.add("kim@acme.example", PersonCandidate.of(KIM_IN_HUBSPOT, MONDAY));

            IdentityResolution.Matched match = matched(resolver.resolve(contact, KIM_EMAIL));

            assertThat(match.target()).isEqualTo(KIM_IN_HUBSPOT);
            assertThat(match.ambiguous()).isTrue();
            assertThat(match.others()).containsExactly(lead);
        }

        @Test
        void theContactALinkedLeadWasConvertedIntoTakesItsPlace() {
            PersonId kim = ids.personFor(KIM_IN_HUBSPOT);
            ids.link(kim, lead);
            salesforce.add("kim@acme.example", new PersonCandidate(lead, TUESDAY, Optional.of(contact)))
                    .add("kim@acme.example", PersonCandidate.of(contact, TUESDAY));

            assertThat(resolver.resolve(contact, KIM_EMAIL)).isInstanceOfSatisfying(
                    IdentityResolution.Converted.class, c -> {
                        assertThat(c.lead()).isEqualTo(lead);
                        assertThat(c.person()).isEqualTo(kim);
                        assertThat(c.target()).isEqualTo(KIM_IN_HUBSPOT);
                    });
        }

        @Test
        void anUnlinkedConvertedLeadGivesWayToItsContact() {
            salesforce.add("kim@acme.example", new PersonCandidate(lead, TUESDAY, Optional.of(contact)));

            assertThat(resolver.resolve(lead, KIM_EMAIL)).isInstanceOfSatisfying(
                    IdentityResolution.Superseded.class, s -> assertThat(s.contact()).isEqualTo(contact));
        }
    }

    private static IdentityResolution.Matched matched(IdentityResolution resolution) {
        assertThat(resolution).isInstanceOf(IdentityResolution.Matched.class);
        return (IdentityResolution.Matched) resolution;
    }

    /** A batch's people looked up together resolve exactly as looking each up on its own would. */
    @Nested
    class LookingABatchUpAhead {

        @Test
        void hubSpotChangesAskSalesforceOnceForAllTheirEmailsNormalised() {
            Map<ExternalRef, Optional<String>> batch = new LinkedHashMap<>();
            batch.put(hubspotContact("1"), Optional.of(" Ann@Acme.example"));
            batch.put(hubspotContact("2"), Optional.of("bo@acme.example"));
            batch.put(hubspotContact("3"), Optional.of("ANN@acme.example"));

            KnownPeople known = resolver.lookAhead(batch);

            assertThat(salesforce.batches()).containsExactly(Set.of("ann@acme.example", "bo@acme.example"));
            assertThat(hubspot.batches()).isEmpty();
            assertThat(known.emailsLookedUp(CrmSystem.SALESFORCE)).isEqualTo(2);
        }

        @Test
        void linkedRecordsAndRecordsWithoutEmailAreNotLookedUp() {
            PersonId kim = ids.personFor(hubspotContact("1"));
            ids.link(kim, salesforceLead("00Q000000000001AAA"));
            Map<ExternalRef, Optional<String>> batch = new LinkedHashMap<>();
            batch.put(hubspotContact("1"), Optional.of("kim@acme.example"));
            batch.put(hubspotContact("2"), Optional.of("  "));
            batch.put(hubspotContact("3"), Optional.empty());

            resolver.lookAhead(batch);

            assertThat(salesforce.batches()).isEmpty();
        }

        @Test
        void salesforceChangesAskBothTheirOwnOrgAndHubSpot() {
            resolver.lookAhead(Map.of(salesforceLead("00Q000000000001AAA"), Optional.of("kim@acme.example")));

            assertThat(salesforce.batches()).containsExactly(Set.of("kim@acme.example"));
            assertThat(hubspot.batches()).containsExactly(Set.of("kim@acme.example"));
        }

        @Test
        void resolvingFromWhatWasLookedUpAheadAsksNoMoreAndPicksAsBefore() {
            ExternalRef olderLead = salesforceLead("00Q000000000001AAA");
            ExternalRef newerLead = salesforceLead("00Q000000000002AAA");
            ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "003000000000009AAA");
            salesforce.add("kim@acme.example", PersonCandidate.of(olderLead, MONDAY))
                    .add("kim@acme.example", PersonCandidate.of(newerLead, TUESDAY))
                    .add("kim@acme.example", PersonCandidate.of(contact, MONDAY));
            IdentityResolution alone = resolver.resolve(hubspotContact("512"), Optional.of("kim@acme.example"));

            KnownPeople known = resolver.lookAhead(Map.of(hubspotContact("512"), Optional.of("kim@acme.example"),
                    hubspotContact("513"), Optional.of("nobody@acme.example")));
            IdentityResolution batched = resolver.resolve(hubspotContact("512"), Optional.of("kim@acme.example"), known);
            IdentityResolution nobody = resolver.resolve(hubspotContact("513"), Optional.of("nobody@acme.example"),
                    known);

            assertThat(batched).isEqualTo(alone);
            assertThat(((IdentityResolution.Matched) batched).target()).isEqualTo(contact);
            assertThat(nobody).isInstanceOf(IdentityResolution.NoMatch.class);
            assertThat(salesforce.singleLookups()).as("only the lookup made without looking ahead")
                    .containsExactly("kim@acme.example");
        }

        @Test
        void aSalesforceDuplicateIsReportedFromWhatWasLookedUpAheadWithoutAskingHubSpotAgain() {
            ExternalRef lead = salesforceLead("00Q000000000001AAA");
            ExternalRef contact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "003000000000001AAA");
            salesforce.add("kim@acme.example", PersonCandidate.of(lead, TUESDAY))
                    .add("kim@acme.example", PersonCandidate.of(contact, MONDAY));

            KnownPeople known = resolver.lookAhead(Map.of(lead, Optional.of("kim@acme.example")));
            IdentityResolution resolution = resolver.resolve(lead, Optional.of("kim@acme.example"), known);

            assertThat(resolution).isInstanceOfSatisfying(IdentityResolution.Duplicate.class,
                    d -> assertThat(d.keeper()).isEqualTo(contact));
            assertThat(salesforce.singleLookups()).isEmpty();
            assertThat(hubspot.singleLookups()).isEmpty();
        }

        @Test
        void anEmailTheBatchDidNotLookUpIsStillAskedFor() {
            KnownPeople known = resolver.lookAhead(Map.of(hubspotContact("1"), Optional.of("ann@acme.example")));

            resolver.resolve(hubspotContact("2"), Optional.of("bo@acme.example"), known);

            assertThat(salesforce.singleLookups()).containsExactly("bo@acme.example");
        }
    }
}
