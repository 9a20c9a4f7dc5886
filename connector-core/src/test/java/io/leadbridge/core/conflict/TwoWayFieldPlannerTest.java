package io.leadbridge.core.conflict;

import static io.leadbridge.core.model.CrmSystem.HUBSPOT;
import static io.leadbridge.core.model.CrmSystem.SALESFORCE;
import static io.leadbridge.core.sync.FieldDecision.Action.CLEAR;
import static io.leadbridge.core.sync.FieldDecision.Action.SKIP;
import static io.leadbridge.core.sync.FieldDecision.Action.WRITE;
import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.OneWayFieldPlanner;
import io.leadbridge.core.sync.SyncPlan;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.testing.InMemoryPersonSnapshotStore;
import io.leadbridge.core.testing.People;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TwoWayFieldPlannerTest {

    private static final Instant MONDAY_9 = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant MONDAY_10 = Instant.parse("2025-03-03T10:00:00Z");

    private static final ExternalRef CONTACT = hubspotContact("512");
    private static final ExternalRef LEAD = salesforceLead("00Q5g00000AbCdEFGH");

    private final TwoWayFieldPlanner planner = new TwoWayFieldPlanner(FieldMappingsFixture.standard(), HUBSPOT);

    private final Person hubspotKim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim")
            .withLastName("Larsen").withTitle("CTO").withPhone("+47 555 01").build();
    private final Person salesforceKim = People.nobody().withEmail("kim@acme.example").withFirstName("Kimberly")
            .withLastName("Larsen").withTitle("Chief Technology Officer").withPhone("+47 555 99").build();

    @Nested
    class NewestWins {

        @Test
        void aHubSpotChangeNewerThanSalesforcesLastChangeIsWritten() {
            SyncPlan plan = planner.plan(HUBSPOT, hubspotKim, MONDAY_10,
                    Optional.of(new PersonSnapshot(LEAD, salesforceKim, MONDAY_9)));

            FieldDecision firstName = decision(plan, PersonField.FIRST_NAME);
            assertThat(firstName.action()).isEqualTo(WRITE);
            assertThat(firstName.value()).isEqualTo("Kim");
            assertThat(firstName.reason()).isEqualTo("two-way-newest-wins: the change from HUBSPOT at "
                    + "2025-03-03T10:00:00Z is newer than SALESFORCE's last change at 2025-03-03T09:00:00Z");
        }

        @Test
        void aHubSpotChangeOlderThanSalesforcesLastChangeLeavesSalesforcesValue() {
            SyncPlan plan = planner.plan(HUBSPOT, hubspotKim, MONDAY_9,
                    Optional.of(new PersonSnapshot(LEAD, salesforceKim, MONDAY_10)));

            FieldDecision firstName = decision(plan, PersonField.FIRST_NAME);
            assertThat(firstName.action()).isEqualTo(SKIP);
            assertThat(firstName.reason()).isEqualTo("two-way-newest-wins: SALESFORCE changed the record at "
                    + "2025-03-03T10:00:00Z, after this change from HUBSPOT at 2025-03-03T09:00:00Z, so SALESFORCE's"
                    + " value stays");
            assertThat(plan.changes()).doesNotContainKeys(PersonField.EMAIL, PersonField.FIRST_NAME,
                    PersonField.LAST_NAME);
        }

        @Test
        void aSalesforceChangeOlderThanHubSpotsLastChangeLeavesHubSpotsValue() {
            SyncPlan plan = planner.plan(SALESFORCE, salesforceKim, MONDAY_9,
                    Optional.of(new PersonSnapshot(CONTACT, hubspotKim, MONDAY_10)));

            assertThat(decision(plan, PersonField.FIRST_NAME).action()).isEqualTo(SKIP);
            assertThat(decision(plan, PersonField.FIRST_NAME).reason()).contains("HUBSPOT changed the record at");
        }

        @Test
        void aNewerBlankValueClearsTheOtherSide() {
            Person withoutFirstName = People.nobody().withEmail("kim@acme.example").withLastName("Larsen").build();

            SyncPlan plan = planner.plan(SALESFORCE, withoutFirstName, MONDAY_10,
                    Optional.of(new PersonSnapshot(CONTACT, hubspotKim, MONDAY_9)));

            assertThat(decision(plan, PersonField.FIRST_NAME).action()).isEqualTo(CLEAR);
            assertThat(decision(plan, PersonField.FIRST_NAME).reason()).startsWith("two-way-newest-wins:")
                    .endsWith("it is blank there");
        }

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void atEqualTimesTheTieWinnerWinsInBothDirections(CrmSystem tieWinner) {
            TwoWayFieldPlanner tied = new TwoWayFieldPlanner(FieldMappingsFixture.standard(), tieWinner);

            SyncPlan fromHubSpot = tied.plan(HUBSPOT, hubspotKim, MONDAY_9,
                    Optional.of(new PersonSnapshot(LEAD, salesforceKim, MONDAY_9)));
            SyncPlan fromSalesforce = tied.plan(SALESFORCE, salesforceKim, MONDAY_9,
                    Optional.of(new PersonSnapshot(CONTACT, hubspotKim, MONDAY_9)));

            SyncPlan winner = tieWinner == HUBSPOT ? fromHubSpot : fromSalesforce;
            SyncPlan loser = tieWinner == HUBSPOT ? fromSalesforce : fromHubSpot;
            assertThat(decision(winner, PersonField.FIRST_NAME).action()).isEqualTo(WRITE);
            assertThat(decision(winner, PersonField.FIRST_NAME).reason()).contains(tieWinner + " wins ties");
            assertThat(decision(loser, PersonField.FIRST_NAME).action()).isEqualTo(SKIP);
            assertThat(decision(loser, PersonField.FIRST_NAME).reason()).contains("wins ties");
        }

        @Test
        void withoutTheOtherSidesHistoryTheChangeIsTheNewestKnown() {
            SyncPlan plan = planner.plan(HUBSPOT, hubspotKim, MONDAY_9, Optional.empty());

            assertThat(decision(plan, PersonField.FIRST_NAME).action()).isEqualTo(WRITE);
            assertThat(decision(plan, PersonField.FIRST_NAME).reason())
                    .contains("is the newest known; SALESFORCE's last change of the record is not known here");
        }
    }

    @Nested
    class OtherRules {

        @Test
        void aNewerOtherSideDoesNotStopAFieldTheChangingSideAlwaysOwns() {
            SyncPlan plan = planner.plan(HUBSPOT, hubspotKim, MONDAY_9,
                    Optional.of(new PersonSnapshot(LEAD, salesforceKim, MONDAY_10)));

            assertThat(plan.changes()).containsOnly(Map.entry(PersonField.TITLE, "CTO"));
        }

        @Test
        void preferUnlessBlankUsesTheOtherSidesKnownValues() {
            Person salesforceWithoutPhone = People.nobody().withEmail("kim@acme.example").build();

            SyncPlan plan = planner.plan(HUBSPOT, hubspotKim, MONDAY_10,
                    Optional.of(new PersonSnapshot(LEAD, salesforceWithoutPhone, MONDAY_9)));

            assertThat(decision(plan, PersonField.PHONE).action()).isEqualTo(WRITE);
            assertThat(decision(plan, PersonField.PHONE).reason())
                    .isEqualTo("prefer-salesforce-unless-blank: SALESFORCE is blank, so HUBSPOT fills it");
        }

        @Test
        void decidesEveryOtherRuleExactlyAsTheOneWayPlanner() {
            Optional<PersonSnapshot> other = Optional.of(new PersonSnapshot(LEAD, salesforceKim, MONDAY_9));

            SyncPlan twoWay = planner.plan(HUBSPOT, hubspotKim, MONDAY_10, other);
            SyncPlan oneWay = new OneWayFieldPlanner(FieldMappingsFixture.standard())
                    .plan(HUBSPOT, hubspotKim, Optional.of(salesforceKim));

            assertThat(twoWay.decisions()).filteredOn(d -> !d.reason().startsWith("two-way-newest-wins"))
                    .containsExactlyElementsOf(oneWay.decisions().stream()
                            .filter(d -> !d.reason().startsWith("two-way-newest-wins")).toList())
                    .isNotEmpty();
        }
    }

    @Test
    void funnelStatusFieldsAreLeftToTheStatusTableEvenWhenMappedAsFields() {
        FieldMappings withStatus = FieldMappings.validate("fields", List.of(
                FieldMappingsFixture.mapping(PersonField.EMAIL, "email", "Email", FieldOwnership.TWO_WAY_NEWEST_WINS),
                FieldMappingsFixture.mapping(PersonField.LEAD_STATUS, "hs_lead_status", "Status",
                        FieldOwnership.TWO_WAY_NEWEST_WINS),
                FieldMappingsFixture.mapping(PersonField.LIFECYCLE_STAGE, "lifecyclestage", "Lifecycle_Stage__c",
                        FieldOwnership.ALWAYS_HUBSPOT)));
        Person contact = People.nobody().withEmail("kim@acme.example").with(PersonField.LEAD_STATUS, "IN_PROGRESS")
                .with(PersonField.LIFECYCLE_STAGE, "lead").build();

        SyncPlan plan = new TwoWayFieldPlanner(withStatus, HUBSPOT).plan(HUBSPOT, contact, MONDAY_9, Optional.empty());

        assertThat(plan.changes()).containsOnlyKeys(PersonField.EMAIL);
        assertThat(decision(plan, PersonField.LEAD_STATUS).reason()).isEqualTo("status: leadStatus is synced through"
                + " the funnel-status table, which translates each CRM's values, not copied as a field");
    }

    @Test
    void refusesASnapshotFromTheSameSideAsTheChange() {
        assertThatThrownBy(() -> planner.plan(HUBSPOT, hubspotKim, MONDAY_9,
                Optional.of(new PersonSnapshot(CONTACT, hubspotKim, MONDAY_9))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a SALESFORCE record");
    }

    @Nested
    class SnapshotStore {

        private final InMemoryPersonSnapshotStore store = new InMemoryPersonSnapshotStore();

        @Test
        void keepsTheLatestChangeOfEachRecordAndIgnoresOlderOnes() {
            assertThat(store.remember(new PersonSnapshot(LEAD, salesforceKim, MONDAY_10))).isTrue();
            assertThat(store.remember(new PersonSnapshot(LEAD, hubspotKim, MONDAY_9))).isFalse();

            assertThat(store.find(LEAD)).contains(new PersonSnapshot(LEAD, salesforceKim, MONDAY_10));
            assertThat(store.find(CONTACT)).isEmpty();
        }

        @Test
        void aSnapshotWithTheSameTimeRefreshesTheValues() {
            store.remember(new PersonSnapshot(LEAD, salesforceKim, MONDAY_9));

            assertThat(store.remember(new PersonSnapshot(LEAD, hubspotKim, MONDAY_9))).isTrue();

            assertThat(store.find(LEAD).orElseThrow().person()).isEqualTo(hubspotKim);
        }
    }

    private static FieldDecision decision(SyncPlan plan, PersonField field) {
        return plan.decisions().stream().filter(d -> d.field() == field).findFirst().orElseThrow();
    }
}
