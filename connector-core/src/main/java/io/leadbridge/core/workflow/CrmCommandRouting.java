package io.leadbridge.core.workflow;

import io.leadbridge.core.model.CrmSystem;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which CRM carries each workflow command, and carries it there: Salesforce holds the sales record (tasks,
 * escalations, owners, conversion); HubSpot holds marketing's view (a person given back to marketing). A note and
 * a stage move are shown in both, HubSpot first: HubSpot finds a note it already has by the command's key line, so
 * a retry after a Salesforce failure writes no second HubSpot note and the Salesforce Task is written once.
 */
public final class CrmCommandRouting implements WorkflowCommandCarrier {

    private final Map<CrmSystem, WorkflowCommandCarrier> carriers;

    /** @param carriers one carrier per CRM; both must be present */
    public CrmCommandRouting(Map<CrmSystem, WorkflowCommandCarrier> carriers) {
        for (CrmSystem system : CrmSystem.values()) {
            Objects.requireNonNull(carriers.get(system), () -> "no workflow command carrier for " + system);
        }
        this.carriers = Map.copyOf(carriers);
    }

    /** The CRMs that carry {@code command}, in the order they are written. */
    public static List<CrmSystem> targetsOf(WorkflowCommand command) {
        if (command instanceof WorkflowCommand.WriteNote || command instanceof WorkflowCommand.SetStage) {
            return List.of(CrmSystem.HUBSPOT, CrmSystem.SALESFORCE);
        }
        if (command instanceof WorkflowCommand.ReturnToMarketing) {
            return List.of(CrmSystem.HUBSPOT);
        }
        return List.of(CrmSystem.SALESFORCE);
    }

    @Override
    public void carry(String key, WorkflowCommand command) {
        for (CrmSystem target : targetsOf(command)) {
            carriers.get(target).carry(key, command);
        }
    }
}
