package io.leadbridge.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.audit.AuditEntry;
import io.leadbridge.core.audit.AuditKind;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.routing.InMemoryRoundRobinLedger;
import io.leadbridge.core.routing.RoutingRules;
import io.leadbridge.core.rules.RuleNode;
import io.leadbridge.core.rules.RuleReading;
import io.leadbridge.core.rules.RulesYaml;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An SLA breach's "reassign": routing runs again without the owner who missed it, and the CRM gets the new owner. */
class ReassignOnSlaBreachTest {

    private static final String ANNA = "anna@leadbridge-sales.example";
    private static final String BEN = "ben@leadbridge-sales.example";
    private static final String CARA = "cara@leadbridge-sales.example";
    private static final String RULES = """
            routing:
              default-team: sdr
              teams:
                sdr:
                  - { owner: anna@leadbridge-sales.example }
                  - { owner: cara@leadbridge-sales.example, out-of-office: [ { from: 2025-03-01, to: 2025-03-09 } ] }
                  - { owner: ben@leadbridge-sales.example }
                solo:
                  - { owner: sol@leadbridge-sales.example }
            """;

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final RoutingRules routing = RoutingRules.read(RuleNode.root(RulesYaml.parse(RULES, "rules.yml"),
            new RuleReading("rules.yml")).get("routing"));
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final RecordingCarrier crm = new RecordingCarrier();
    private final Reassignments reassignments = new Reassignments(crm, () -> routing, new InMemoryRoundRobinLedger(),
            audit, clock, this::followed);
    private final PersonId kim = PersonId.newId();
    private final List<String> handedOver = new ArrayList<>();

    @Test
    void aReassignmentGivesThePersonToTheNextAvailableTeamMemberAndAuditsWhy() {
        reassignments.carry("lb1-breach-0", new WorkflowCommand.Reassign(kim, ANNA, "SLA missed: first touch"));

        assertThat(crm.carried).containsExactly(new WorkflowCommand.AssignOwner(kim, BEN, "SLA missed: first touch"));
        assertThat(handedOver).containsExactly(ANNA + " -> " + BEN);
        AuditEntry routed = audit.of(kim, 10).get(0);
        assertThat(routed.kind()).isEqualTo(AuditKind.ROUTING);
        assertThat(routed.ruleId()).isEqualTo("reassign:sdr");
        assertThat(routed.details()).containsEntry("owner", BEN);
        assertThat(routed.reason()).startsWith("SLA missed: first touch; routed again without " + ANNA)
                .contains(CARA + " is out of office");
    }

    @Test
    void aDeliveryTriedAgainAfterACrmFailureKeepsTheOwnerItsFirstAttemptChose() {
        crm.failNext = true;
        WorkflowCommand.Reassign reassign = new WorkflowCommand.Reassign(kim, BEN, "SLA missed: first touch");

        assertThatThrownBy(() -> reassignments.carry("lb1-breach-0", reassign))
                .isInstanceOf(SyncFailureException.class);
        reassignments.carry("lb1-breach-0", reassign);

        assertThat(crm.carried).extracting(c -> ((WorkflowCommand.AssignOwner) c).ownerEmail())
                .containsExactly(ANNA, ANNA);
        assertThat(audit.of(kim, 10)).filteredOn(e -> e.kind() == AuditKind.ROUTING).hasSize(1);
        PersonId noor = PersonId.newId();
        reassignments.carry("lb1-breach-1", new WorkflowCommand.Reassign(noor, ANNA, "SLA missed: first touch"));
        assertThat(crm.carried.get(crm.carried.size() - 1)).as("the round robin counted Anna's first one once")
                .isEqualTo(new WorkflowCommand.AssignOwner(noor, BEN, "SLA missed: first touch"));
    }

    @Test
    void whenNobodyElseCanTakeThePersonTheReassignmentIsRefusedWithRoutingsReason() {
        assertThatThrownBy(() -> reassignments.carry("lb1-breach-0", new WorkflowCommand.Reassign(kim,
                "sol@leadbridge-sales.example", "SLA missed: first touch")))
                .isInstanceOfSatisfying(SyncFailureException.class, failed -> {
                    assertThat(failed.failure()).isInstanceOf(SyncFailure.Permanent.class);
                    assertThat(failed.failure().code()).isEqualTo("NO_OWNER_TO_REASSIGN");
                    assertThat(failed.failure().message()).contains("nobody in team solo can take the lead today");
                });
        assertThat(crm.carried).isEmpty();
        assertThat(handedOver).isEmpty();
    }

    @Test
    void everyOtherCommandGoesToTheCrmAsItIs() {
        WorkflowCommand.CreateTask task = new WorkflowCommand.CreateTask(kim, ANNA, "Overdue", "SLA missed",
                Instant.parse("2025-03-03T09:30:00Z"));

        reassignments.carry("lb1-breach-0", task);

        assertThat(crm.carried).containsExactly(task);
        assertThat(audit.of(kim, 10)).isEmpty();
    }

    private void followed(PersonId person, String fromOwner, String toOwner) {
        handedOver.add(fromOwner + " -> " + toOwner);
    }

    private static final class RecordingCarrier implements WorkflowCommandCarrier {
        final List<WorkflowCommand> carried = new ArrayList<>();
        boolean failNext;

        @Override
        public void carry(String key, WorkflowCommand command) {
            carried.add(command);
            if (failNext) {
                failNext = false;
                throw new SyncFailureException(new SyncFailure.Retriable("UNAVAILABLE", "Salesforce is down", ""));
            }
        }
    }
}
