package io.leadbridge.core.twoway;

import static io.leadbridge.core.model.CrmSystem.HUBSPOT;
import static io.leadbridge.core.model.CrmSystem.SALESFORCE;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.conflict.TwoWayFieldPlanner;
import io.leadbridge.core.identity.IdentityResolution;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.OneWayFieldPlanner;
import io.leadbridge.core.sync.SyncPlan;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.testing.InMemoryOwnWriteStore;
import io.leadbridge.core.testing.InMemoryPeopleLookup;
import io.leadbridge.core.testing.InMemoryPersonSnapshotStore;
import io.leadbridge.core.testing.People;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Both directions, several cycles, writes counted: the connector never syncs its own writes back, and never
 * creates a second record for a person the other CRM already holds.
 */
class PingPongTest {

    private static final ExternalRef KIM_IN_HUBSPOT = hubspotContact("512");

    private final Person kim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim")
            .withLastName("Larsen").withTitle("CTO").withPhone("+47 555 00").build();

    @Test
    void aPersonCreatedInHubSpotIsWrittenToSalesforceOnceAndNeverComesBack() {
        TwoCrmLoop crms = new TwoCrmLoop(new TwoWay());

        crms.userSaves(KIM_IN_HUBSPOT, kim);
        crms.runCycles(5);

        assertThat(crms.writesTo(SALESFORCE)).isEqualTo(1);
        assertThat(crms.writesTo(HUBSPOT)).isZero();
        assertThat(crms.recordIn(crms.counterpartOf(KIM_IN_HUBSPOT))).isEqualTo(kim);
    }

    @Test
    void editsOnBothSidesOverSeveralCyclesCostOneWriteEachAndBothSidesAgree() {
        TwoCrmLoop crms = new TwoCrmLoop(new TwoWay());
        crms.userSaves(KIM_IN_HUBSPOT, kim);
        crms.runCycles(3);
        ExternalRef kimInSalesforce = crms.counterpartOf(KIM_IN_HUBSPOT);

        crms.userSaves(kimInSalesforce, with(crms.recordIn(kimInSalesforce), PersonField.FIRST_NAME, "Kimberly"));
        crms.runCycles(3);
        crms.userSaves(KIM_IN_HUBSPOT, with(crms.recordIn(KIM_IN_HUBSPOT), PersonField.TITLE, "VP Engineering"));
        crms.runCycles(3);
        crms.userSaves(kimInSalesforce, with(crms.recordIn(kimInSalesforce), PersonField.PHONE, "+47 555 01"));
        crms.userSaves(KIM_IN_HUBSPOT, with(crms.recordIn(KIM_IN_HUBSPOT), PersonField.LAST_NAME, "Larsen-Berg"));
        crms.runCycles(4);

        assertThat(crms.writesTo(SALESFORCE)).as("create, title, last name").isEqualTo(3);
        assertThat(crms.writesTo(HUBSPOT)).as("first name, phone").isEqualTo(2);
        Person expected = People.nobody().withEmail("kim@acme.example").withFirstName("Kimberly")
                .withLastName("Larsen-Berg").withTitle("VP Engineering").withPhone("+47 555 01").build();
        assertThat(crms.recordIn(KIM_IN_HUBSPOT)).isEqualTo(expected);
        assertThat(crms.recordIn(kimInSalesforce)).isEqualTo(expected);
    }

    @Test
    void ourWritesToASalesforceWhoseClockRunsAheadDoNotMakeItLookNewerThanTheNextHubSpotEdit() {
        TwoCrmLoop crms = new TwoCrmLoop(new TwoWay(), Duration.ofMinutes(5));
        crms.userSaves(KIM_IN_HUBSPOT, kim);
        crms.runCycles(2);

        crms.userSaves(KIM_IN_HUBSPOT, with(kim, PersonField.FIRST_NAME, "Kimberly"));
        crms.runCycles(2);

        assertThat(crms.recordIn(crms.counterpartOf(KIM_IN_HUBSPOT)).get(PersonField.FIRST_NAME)).contains("Kimberly");
        assertThat(crms.writesTo(SALESFORCE)).isEqualTo(2);
        assertThat(crms.writesTo(HUBSPOT)).isZero();
    }

    @Test
    void theLoopItselfShowsPingPongWhenOwnWritesAreSyncedBack() {
        TwoCrmLoop crms = new TwoCrmLoop(new OneWayEveryTime());

        crms.userSaves(KIM_IN_HUBSPOT, kim);
        crms.runCycles(5);

        assertThat(crms.writesTo(SALESFORCE)).isEqualTo(5);
        assertThat(crms.writesTo(HUBSPOT)).isEqualTo(5);
    }

    @Test
    void aHubSpotContactWhoseEmailSalesforceHoldsThreeTimesUpdatesTheContactAndCreatesNothing() {
        ExternalRef olderLead = salesforceLead("00Q000000000001AAA");
        ExternalRef newerLead = salesforceLead("00Q000000000002AAA");
        ExternalRef contact = new ExternalRef(SALESFORCE, "Contact", "003000000000009AAA");
        InMemoryPeopleLookup salesforce = new InMemoryPeopleLookup(SALESFORCE)
                .add("KIM@acme.example", PersonCandidate.of(olderLead, Instant.parse("2025-01-10T08:00:00Z")))
                .add("kim@acme.example", PersonCandidate.of(newerLead, Instant.parse("2025-02-10T08:00:00Z")))
                .add("kim@acme.example", PersonCandidate.of(contact, Instant.parse("2025-01-20T08:00:00Z")));
        TwoCrmLoop crms = new TwoCrmLoop(new TwoWay()).resolvingIdentityWith(List.of(salesforce));
        Person kimInSalesforce = People.nobody().withEmail("kim@acme.example").withLastName("Larsen").build();
        crms.alreadyHolds(olderLead, kimInSalesforce);
        crms.alreadyHolds(newerLead, kimInSalesforce);
        crms.alreadyHolds(contact, kimInSalesforce);

        crms.userSaves(KIM_IN_HUBSPOT, kim);
        crms.runCycles(3);
        crms.userSaves(KIM_IN_HUBSPOT, with(kim, PersonField.TITLE, "VP Engineering"));
        crms.runCycles(3);

        assertThat(crms.createdIn(SALESFORCE)).isZero();
        assertThat(crms.writeTargetsIn(SALESFORCE)).containsExactly(contact, contact);
        assertThat(crms.recordIn(contact).get(PersonField.TITLE)).contains("VP Engineering");
        assertThat(crms.recordIn(olderLead)).isEqualTo(kimInSalesforce);
        assertThat(crms.resolutions().get(0)).isInstanceOfSatisfying(IdentityResolution.Matched.class, m -> {
            assertThat(m.ambiguous()).isTrue();
            assertThat(m.candidates()).extracting(PersonCandidate::ref).containsExactly(contact, newerLead, olderLead);
        });
        assertThat(salesforce.lookups()).as("later changes resolve from the id map").hasSize(1);
        assertThat(crms.writesTo(HUBSPOT)).isZero();
    }

    private static Person with(Person person, PersonField field, String value) {
        Map<PersonField, String> values = new HashMap<>(person.values());
        values.put(field, value);
        return Person.of(values);
    }

    /** The two-way planner with echo suppression, settled after each write. */
    private static final class TwoWay implements TwoCrmLoop.Planning {
        private final TwoWayChangePlanner planner = new TwoWayChangePlanner(
                new TwoWayFieldPlanner(FieldMappingsFixture.standard(), HUBSPOT), new InMemoryPersonSnapshotStore(),
                new InMemoryOwnWriteStore());
        private final Map<String, TwoWayPlan> pending = new HashMap<>();

        @Override
        public SyncPlan plan(ChangeEvent event, IdentityResolution resolution) {
            Person person = event.person().orElseThrow();
            TwoWayPlan plan;
            if (resolution instanceof IdentityResolution.Linked linked) {
                plan = planner.plan(event.ref(), event.modifiedAt(), person, Optional.of(linked.target()));
            } else if (resolution instanceof IdentityResolution.Matched matched) {
                plan = planner.planMatched(event.ref(), event.modifiedAt(), person, matched.candidates().get(0));
            } else {
                plan = planner.planCreate(event.ref(), event.modifiedAt(), person);
            }
            pending.put(event.dedupKey(), plan);
            return plan.plan();
        }

        @Override
        public void settle(ChangeEvent event, Optional<ExternalRef> writtenTo, Instant at) {
            planner.settle(pending.remove(event.dedupKey()), writtenTo, at);
        }
    }

    /** The one-way planner applied in both directions, with no memory of its own writes. */
    private static final class OneWayEveryTime implements TwoCrmLoop.Planning {
        private final OneWayFieldPlanner planner = new OneWayFieldPlanner(FieldMappingsFixture.standard());

        @Override
        public SyncPlan plan(ChangeEvent event, IdentityResolution resolution) {
            return planner.plan(event.ref().system(), event.person().orElseThrow(), Optional.empty());
        }

        @Override
        public void settle(ChangeEvent event, Optional<ExternalRef> writtenTo, Instant at) {
        }
    }
}
