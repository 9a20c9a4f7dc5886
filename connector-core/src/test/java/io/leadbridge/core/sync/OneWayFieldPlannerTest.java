package io.leadbridge.core.sync;

import static io.leadbridge.core.model.CrmSystem.HUBSPOT;
import static io.leadbridge.core.model.CrmSystem.SALESFORCE;
import static io.leadbridge.core.sync.FieldDecision.Action.CLEAR;
import static io.leadbridge.core.sync.FieldDecision.Action.SKIP;
import static io.leadbridge.core.sync.FieldDecision.Action.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.testing.People;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OneWayFieldPlannerTest {

    private static final PersonField FIELD = PersonField.TITLE;

    private static final Person WITH_TITLE = People.nobody().withEmail("kim@acme.example").withTitle("CTO").build();
    private static final Person WITHOUT_TITLE = People.nobody().withEmail("kim@acme.example").build();
    private static final Person TARGET_WITH_TITLE = People.nobody().withTitle("Chief Technology Officer").build();
    private static final Person TARGET_WITHOUT_TITLE = People.nobody().withEmail("kim@acme.example").build();

    @Nested
    class AlwaysOneSystem {

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void copiesTheValueWhenTheChangeComesFromTheOwner(CrmSystem owner) {
            FieldDecision decision = decide(always(owner), owner, WITH_TITLE, Optional.empty());

            assertThat(decision.action()).isEqualTo(WRITE);
            assertThat(decision.value()).isEqualTo("CTO");
            assertThat(decision.reason()).startsWith(always(owner).key()).contains(owner + " owns the field");
        }

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void clearsTheTargetWhenTheOwnerIsBlank(CrmSystem owner) {
            FieldDecision decision = decide(always(owner), owner, WITHOUT_TITLE, Optional.of(TARGET_WITH_TITLE));

            assertThat(decision.action()).isEqualTo(CLEAR);
            assertThat(decision.value()).isEmpty();
            assertThat(decision.reason()).startsWith(always(owner).key()).contains("blank");
        }

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void skipsAChangeFromTheSystemThatDoesNotOwnTheField(CrmSystem owner) {
            CrmSystem other = owner.other();

            FieldDecision withValue = decide(always(owner), other, WITH_TITLE, Optional.of(TARGET_WITHOUT_TITLE));
            FieldDecision blank = decide(always(owner), other, WITHOUT_TITLE, Optional.of(TARGET_WITH_TITLE));

            assertThat(withValue.action()).isEqualTo(SKIP);
            assertThat(blank.action()).isEqualTo(SKIP);
            assertThat(withValue.reason()).startsWith(always(owner).key()).contains("does not own the field");
        }
    }

    @Nested
    class PreferOneSystemUnlessBlank {

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void writesThePreferredSystemsValue(CrmSystem preferred) {
            FieldDecision decision = decide(prefer(preferred), preferred, WITH_TITLE, Optional.of(TARGET_WITH_TITLE));

            assertThat(decision.action()).isEqualTo(WRITE);
            assertThat(decision.value()).isEqualTo("CTO");
            assertThat(decision.reason()).startsWith(prefer(preferred).key()).contains("is preferred and has a value");
        }

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void neverClearsTheOtherSideWhenThePreferredSystemIsBlank(CrmSystem preferred) {
            FieldDecision decision = decide(prefer(preferred), preferred, WITHOUT_TITLE, Optional.of(TARGET_WITH_TITLE));

            assertThat(decision.action()).isEqualTo(SKIP);
            assertThat(decision.reason()).startsWith(prefer(preferred).key()).contains("blank");
        }

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void fillsThePreferredSystemWhenItIsBlank(CrmSystem preferred) {
            FieldDecision decision = decide(prefer(preferred), preferred.other(), WITH_TITLE,
                    Optional.of(TARGET_WITHOUT_TITLE));

            assertThat(decision.action()).isEqualTo(WRITE);
            assertThat(decision.value()).isEqualTo("CTO");
            assertThat(decision.reason()).startsWith(prefer(preferred).key())
                    .contains(preferred + " is blank, so " + preferred.other() + " fills it");
        }

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void keepsThePreferredSystemsValue(CrmSystem preferred) {
            FieldDecision decision = decide(prefer(preferred), preferred.other(), WITH_TITLE,
                    Optional.of(TARGET_WITH_TITLE));

            assertThat(decision.action()).isEqualTo(SKIP);
            assertThat(decision.reason()).startsWith(prefer(preferred).key()).contains("is preferred and has a value");
        }

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void staysOnTheSafeSideWhenThePreferredSystemsValueIsUnknown(CrmSystem preferred) {
            FieldDecision decision = decide(prefer(preferred), preferred.other(), WITH_TITLE, Optional.empty());

            assertThat(decision.action()).isEqualTo(SKIP);
            assertThat(decision.reason()).startsWith(prefer(preferred).key()).contains("not known");
        }

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void hasNothingToFillInFromABlankOtherSide(CrmSystem preferred) {
            FieldDecision decision = decide(prefer(preferred), preferred.other(), WITHOUT_TITLE,
                    Optional.of(TARGET_WITHOUT_TITLE));

            assertThat(decision.action()).isEqualTo(SKIP);
            assertThat(decision.reason()).startsWith(prefer(preferred).key()).contains("nothing to fill in");
        }
    }

    @Nested
    class TwoWayNewestWins {

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void copiesTheValueFromWhereverTheChangeCameFrom(CrmSystem from) {
            FieldDecision decision = decide(FieldOwnership.TWO_WAY_NEWEST_WINS, from, WITH_TITLE,
                    Optional.of(TARGET_WITH_TITLE));

            assertThat(decision.action()).isEqualTo(WRITE);
            assertThat(decision.value()).isEqualTo("CTO");
            assertThat(decision.reason()).startsWith("two-way-newest-wins").contains(from.toString());
        }

        @ParameterizedTest
        @EnumSource(CrmSystem.class)
        void clearsTheOtherSideWhenTheNewestValueIsBlank(CrmSystem from) {
            FieldDecision decision = decide(FieldOwnership.TWO_WAY_NEWEST_WINS, from, WITHOUT_TITLE,
                    Optional.of(TARGET_WITH_TITLE));

            assertThat(decision.action()).isEqualTo(CLEAR);
            assertThat(decision.reason()).startsWith("two-way-newest-wins").contains("blank");
        }
    }

    @ParameterizedTest
    @EnumSource(CrmSystem.class)
    void dontSyncSkipsTheFieldInBothDirections(CrmSystem from) {
        FieldDecision decision = decide(FieldOwnership.DONT_SYNC, from, WITH_TITLE, Optional.of(TARGET_WITHOUT_TITLE));

        assertThat(decision.action()).isEqualTo(SKIP);
        assertThat(decision.reason()).startsWith("dont-sync");
    }

    @ParameterizedTest
    @EnumSource(FieldOwnership.class)
    void everyReasonStartsWithTheRuleKey(FieldOwnership ownership) {
        for (CrmSystem from : CrmSystem.values()) {
            for (Person source : List.of(WITH_TITLE, WITHOUT_TITLE)) {
                for (Optional<Person> target : List.of(Optional.<Person>empty(), Optional.of(TARGET_WITH_TITLE),
                        Optional.of(TARGET_WITHOUT_TITLE))) {
                    assertThat(decide(ownership, from, source, target).reason()).startsWith(ownership.key() + ":");
                }
            }
        }
    }

    @Test
    void plansOnlyFieldsMappedInBothSystems() {
        FieldMappings mappings = FieldMappings.validate("fields", List.of(
                FieldMappingsFixture.mapping(PersonField.EMAIL, "email", "Email", FieldOwnership.TWO_WAY_NEWEST_WINS),
                FieldMappingsFixture.mapping(PersonField.CITY, "city", null, FieldOwnership.TWO_WAY_NEWEST_WINS),
                FieldMappingsFixture.mapping(PersonField.LEAD_SOURCE, null, "LeadSource",
                        FieldOwnership.TWO_WAY_NEWEST_WINS)));
        Person source = People.nobody().withEmail("kim@acme.example").with(PersonField.CITY, "Oslo")
                .with(PersonField.LEAD_SOURCE, "Webinar").build();

        SyncPlan plan = new OneWayFieldPlanner(mappings).plan(HUBSPOT, source, Optional.empty());

        assertThat(plan.decisions()).extracting(FieldDecision::field).containsExactly(PersonField.EMAIL);
    }

    @Test
    void theStandardTableSendsOwnedAndTwoWayFieldsFromHubSpotAndLeavesSalesforcesPhoneAlone() {
        Person source = People.aPerson().withCompany(null).build();

        SyncPlan plan = new OneWayFieldPlanner(FieldMappingsFixture.standard()).plan(HUBSPOT, source, Optional.empty());

        assertThat(plan.changes()).containsOnlyKeys(PersonField.EMAIL, PersonField.FIRST_NAME, PersonField.LAST_NAME,
                PersonField.TITLE);
        assertThat(plan.changes()).containsEntry(PersonField.TITLE, "Head of Research");
        assertThat(plan.writesNothing()).isFalse();
    }

    @Test
    void changesCarryClearedFieldsAsEmptyTextAndLeaveSkippedFieldsOut() {
        Person source = People.nobody().withEmail("kim@acme.example").withPhone("+47 555 01").build();

        SyncPlan plan = new OneWayFieldPlanner(FieldMappingsFixture.standard())
                .plan(SALESFORCE, source, Optional.empty());

        assertThat(plan.changes())
                .containsEntry(PersonField.EMAIL, "kim@acme.example")
                .containsEntry(PersonField.FIRST_NAME, "")
                .containsEntry(PersonField.LAST_NAME, "")
                .containsEntry(PersonField.PHONE, "+47 555 01")
                .doesNotContainKeys(PersonField.TITLE, PersonField.COMPANY);
    }

    @Test
    void aPlanOfSkipsOnlyWritesNothing() {
        SyncPlan plan = new OneWayFieldPlanner(FieldMappingsFixture.allWith(FieldOwnership.ALWAYS_SALESFORCE))
                .plan(HUBSPOT, People.aPerson().build(), Optional.empty());

        assertThat(plan.writesNothing()).isTrue();
        assertThat(plan.changes()).isEmpty();
    }

    private static FieldOwnership always(CrmSystem owner) {
        return owner == HUBSPOT ? FieldOwnership.ALWAYS_HUBSPOT : FieldOwnership.ALWAYS_SALESFORCE;
    }

    private static FieldOwnership prefer(CrmSystem preferred) {
        return preferred == HUBSPOT
                ? FieldOwnership.PREFER_HUBSPOT_UNLESS_BLANK : FieldOwnership.PREFER_SALESFORCE_UNLESS_BLANK;
    }

    private static FieldDecision decide(FieldOwnership ownership, CrmSystem from, Person source,
                                        Optional<Person> target) {
        SyncPlan plan = new OneWayFieldPlanner(FieldMappingsFixture.allWith(ownership)).plan(from, source, target);
        return plan.decisions().stream().filter(d -> d.field() == FIELD).findFirst().orElseThrow();
    }
}
