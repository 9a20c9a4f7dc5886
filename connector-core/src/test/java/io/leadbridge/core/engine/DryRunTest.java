package io.leadbridge.core.engine;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
import static io.leadbridge.core.testing.ChangeEvents.polledContact;
import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.conflict.TwoWayFieldPlanner;
import io.leadbridge.core.identity.IdentityResolver;
import io.leadbridge.core.identity.PersonCandidate;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.testing.FieldMappingsFixture;
import io.leadbridge.core.testing.People;
import io.leadbridge.core.testing.SyncWorkerHarness;
import io.leadbridge.core.twoway.TwoWayChangePlanner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dry run shows the worker's plan for a change and stores nothing anywhere. */
class DryRunTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private final SyncWorkerHarness h = SyncWorkerHarness.twoWay();
    private final DryRun dryRun = new DryRun(h.ids(),
            new IdentityResolver(h.ids(), List.of(h.people(CrmSystem.HUBSPOT), h.people(CrmSystem.SALESFORCE))),
            new TwoWayChangePlanner(new TwoWayFieldPlanner(FieldMappingsFixture.standard(), CrmSystem.HUBSPOT),
                    h.snapshots(), h.ownWrites()), h.audit());
    private final Person kim = People.nobody().withEmail("kim@acme.example").withFirstName("Kim")
            .withLastName("Larsen").withCompany("Acme").build();

    @Test
    void aNewContactIsShownAsTheLeadItWouldCreateAndNothingIsStored() {
        DryRunReport report = dryRun.plan(polledContact("101", T0, kim));

        assertThat(report.wouldCreate()).isTrue();
        assertThat(report.changes()).containsEntry(PersonField.EMAIL, "kim@acme.example")
                .containsEntry(PersonField.FIRST_NAME, "Kim");
        assertThat(report.decisions()).filteredOn(d -> d.field() == PersonField.FIRST_NAME).singleElement()
                .satisfies(d -> assertThat(d.action()).isEqualTo(FieldDecision.Action.WRITE));
        assertThat(h.ids().find(hubspotContact("101"))).isEmpty();
        assertThat(h.snapshots().find(hubspotContact("101"))).isEmpty();
        assertThat(h.audit().all()).isEmpty();
        assertThat(h.salesforce().calls()).isEmpty();
    }

    @Test
    void aContactMatchingALeadByEmailIsShownAsAnUpdateOfThatLead() {
        ExternalRef lead = salesforceLead("00Q5g00000AbCd1EAF");
        h.people(CrmSystem.SALESFORCE).add("kim@acme.example", PersonCandidate.of(lead, T0.minusSeconds(3600)));

        DryRunReport report = dryRun.plan(polledContact("101", T0, kim));

        assertThat(report.target()).contains(lead);
        assertThat(report.wouldCreate()).isFalse();
        assertThat(report.refusal()).isEmpty();
        assertThat(h.ids().find(lead)).isEmpty();
    }

    @Test
    void aPersonWhoseSalesforceRecordIsAContactIsPlannedAgainstThatContactWithoutLinkingIt() {
        ExternalRef sfContact = new ExternalRef(CrmSystem.SALESFORCE, "Contact", "0035g00000XyZaBAAV");
        h.people(CrmSystem.SALESFORCE).add("kim@acme.example", PersonCandidate.of(sfContact, T0.minusSeconds(60)));

        DryRunReport report = dryRun.plan(polledContact("101", T0, kim));

        assertThat(report.target()).contains(sfContact);
        assertThat(report.wouldCreate()).isFalse();
        assertThat(report.refusal()).isEmpty();
        assertThat(h.ids().find(sfContact)).isEmpty();
    }
}
