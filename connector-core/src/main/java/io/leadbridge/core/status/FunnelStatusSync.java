package io.leadbridge.core.status;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.StageTransition;
import io.leadbridge.core.sync.StatusMapping;
import io.leadbridge.core.sync.StatusMappings;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps the funnel status in step both ways through the funnel-status table: HubSpot's {@code lifecyclestage}
 * plus {@code hs_lead_status} ⇄ Salesforce's {@code Lead.Status}. Every move goes through
 * {@link FunnelTransitions}. A CRM value that several stages share never moves the person back: when the
 * current stage is one of them it stays, otherwise only a forward move to one of them is taken.
 */
public final class FunnelStatusSync {

    private final StatusMappings table;

    public FunnelStatusSync(StatusMappings table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * A HubSpot contact's status values changed.
     *
     * @param current the person's stage before the change, when known
     * @param cause   who or what made the change (a CRM user's email, the record), for the transition
     */
    public StatusDecision fromHubSpot(Optional<FunnelStage> current, String lifecycleStage,
                                      Optional<String> leadStatus, Instant at, String cause) {
        String value = "HubSpot lifecyclestage '" + lifecycleStage + "'"
                + leadStatus.map(s -> " with hs_lead_status '" + s + "'").orElse("");
        return decide(CrmSystem.HUBSPOT, value, table.stagesForHubSpot(lifecycleStage, leadStatus), current, at,
                cause);
    }

    /** A Salesforce Lead's {@code Status} changed. */
    public StatusDecision fromSalesforce(Optional<FunnelStage> current, String leadStatus, Instant at, String cause) {
        return decide(CrmSystem.SALESFORCE, "Salesforce Lead.Status '" + leadStatus + "'",
                table.stagesForSalesforceStatus(leadStatus), current, at, cause);
    }

    /**
     * The stage a record's status values mean on their own (the first stage in table order for a shared value);
     * empty when the record holds no status value the table maps.
     */
    public Optional<FunnelStage> stageOf(CrmSystem system, Person record) {
        if (system == CrmSystem.HUBSPOT) {
            return record.get(PersonField.LIFECYCLE_STAGE).filter(s -> !s.isEmpty())
                    .flatMap(stage -> table.stageForHubSpot(stage, leadStatusOf(record)));
        }
        return leadStatusOf(record).flatMap(table::stageForSalesforceStatus);
    }

    /** A record's status values changed: what they mean, for a person whose stage was {@code current}. */
    public StatusDecision from(CrmSystem system, Person record, Optional<FunnelStage> current, Instant at,
                               String cause) {
        if (system == CrmSystem.HUBSPOT) {
            return fromHubSpot(current, record.get(PersonField.LIFECYCLE_STAGE).orElse(""), leadStatusOf(record), at,
                    cause);
        }
        return fromSalesforce(current, leadStatusOf(record).orElse(""), at, cause);
    }

    private static Optional<String> leadStatusOf(Person record) {
        return record.get(PersonField.LEAD_STATUS).filter(s -> !s.isEmpty());
    }

    private StatusDecision decide(CrmSystem from, String value, List<FunnelStage> stages,
                                  Optional<FunnelStage> current, Instant at, String cause) {
        if (stages.isEmpty()) {
            return keep(current, "status: " + value + " is not in the funnel-status table"
                    + current.map(s -> ", so the stage stays " + s).orElse(", so the stage stays unknown"));
        }
        if (current.isEmpty()) {
            FunnelStage first = stages.get(0);
            return new StatusDecision(Optional.of(first), Optional.empty(), valuesFor(from.other(), first),
                    "status: first seen with " + value + ", which means " + first);
        }
        FunnelStage now = current.get();
        if (stages.contains(now)) {
            String shared = stages.size() > 1 ? ", which " + names(stages) + " share;" : ", which means";
            return keep(current, "status: " + value + shared + " the person is already " + now
                    + ", so the stage stays");
        }
        if (stages.size() > 1) {
            Optional<FunnelStage> forward = stages.stream()
                    .filter(s -> FunnelTransitions.allowed(now, s) && !s.isBefore(now)).findFirst();
            if (forward.isEmpty()) {
                return keep(current, "status: " + value + " is shared by " + names(stages) + "; none of them is a "
                        + "move forward from " + now + ", so the stage stays rather than move back on an ambiguous"
                        + " value");
            }
            return move(from, now, forward.get(), at, cause, "status: " + value + " is shared by " + names(stages)
                    + "; " + forward.get() + " is the first that moves forward from " + now);
        }
        FunnelStage target = stages.get(0);
        Optional<String> refusal = FunnelTransitions.whyNot(now, target);
        if (refusal.isPresent()) {
            return keep(current, "status: " + value + " means " + target + ", but " + refusal.get()
                    + ", so the stage stays " + now);
        }
        return move(from, now, target, at, cause, "status: " + value + " means " + target);
    }

    private StatusDecision move(CrmSystem from, FunnelStage now, FunnelStage target, Instant at, String cause,
                                String reason) {
        StageTransition transition = FunnelTransitions.move(now, target, at, cause, reason);
        Map<PersonField, String> changes = valuesFor(from.other(), target);
        String written = changes.isEmpty() ? "; " + from.other() + " has no status value for " + target
                + " in the table, so nothing is written there" : "";
        return new StatusDecision(Optional.of(target), Optional.of(transition), changes, reason + written);
    }

    private static StatusDecision keep(Optional<FunnelStage> current, String reason) {
        return new StatusDecision(current, Optional.empty(), Map.of(), reason);
    }

    /** The status fields that show {@code stage} in {@code system}. */
    private Map<PersonField, String> valuesFor(CrmSystem system, FunnelStage stage) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        Optional<StatusMapping> row = table.forStage(stage);
        if (row.isEmpty()) {
            return values;
        }
        if (system == CrmSystem.HUBSPOT) {
            values.put(PersonField.LIFECYCLE_STAGE, row.get().hubspotLifecycleStage());
            row.get().hubspotLeadStatus().ifPresent(s -> values.put(PersonField.LEAD_STATUS, s));
        } else {
            row.get().salesforceLeadStatus().ifPresent(s -> values.put(PersonField.LEAD_STATUS, s));
        }
        return values;
    }

    private static String names(List<FunnelStage> stages) {
        return stages.stream().map(FunnelStage::name).collect(Collectors.joining(", "));
    }
}
