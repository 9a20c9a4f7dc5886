package io.leadbridge.core.owner;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldDecision;
import io.leadbridge.core.sync.SyncPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a person's owner ({@code ownerEmail}) can be written to the other CRM: only as the user that CRM has with
 * the same email. An owner the target CRM has no active user for is skipped, and the failure to report
 * ({@code OWNER_NOT_FOUND}) names the email and the record; a blank owner is never written to Salesforce, where a
 * record always has one. The person's other fields are written either way (ADR 0024).
 */
public final class PersonOwners {

    /** The error code of an owner the target CRM has no active user for. */
    public static final String OWNER_NOT_FOUND = "OWNER_NOT_FOUND";

    /** No owner directories: the owner is left as the plan has it (for planning without owner sync). */
    public static final PersonOwners NONE = new PersonOwners(List.of());

    private final Map<CrmSystem, OwnerDirectory> directories = new EnumMap<>(CrmSystem.class);

    /** @param directories each CRM's owners; an owner bound for a CRM without one is treated as not found */
    public PersonOwners(List<OwnerDirectory> directories) {
        Objects.requireNonNull(directories, "directories").forEach(d -> this.directories.put(d.system(), d));
    }

    /**
     * The plan of a change of {@code source}, with its owner write skipped when the other CRM cannot hold it.
     *
     * @param plan a plan of writes to {@code source}'s other CRM
     */
    public Checked check(ExternalRef source, SyncPlan plan) {
        if (directories.isEmpty()) {
            return new Checked(plan, Optional.empty());
        }
        CrmSystem target = source.system().other();
        List<FieldDecision> decisions = new ArrayList<>();
        Optional<SyncFailure> notFound = Optional.empty();
        for (FieldDecision decision : plan.decisions()) {
            if (decision.field() != PersonField.OWNER_EMAIL || decision.action() == FieldDecision.Action.SKIP) {
                decisions.add(decision);
            } else if (decision.action() == FieldDecision.Action.CLEAR || decision.value().isBlank()) {
                decisions.add(target == CrmSystem.SALESFORCE ? skip("owner: a Salesforce record always has an"
                        + " owner, so the owner cleared in " + source + " is not cleared there") : decision);
            } else if (ownerIn(target, decision.value())) {
                decisions.add(decision);
            } else {
                String why = "no active " + target + " user has the email " + decision.value() + ", so the owner of "
                        + source + " is not written; its other fields are synced";
                decisions.add(skip("owner not found: " + why));
                notFound = Optional.of(new SyncFailure.Permanent(OWNER_NOT_FOUND, why, "",
                        List.of(PersonField.OWNER_EMAIL.key())));
            }
        }
        return new Checked(new SyncPlan(decisions), notFound);
    }

    private boolean ownerIn(CrmSystem target, String email) {
        OwnerDirectory directory = directories.get(target);
        return directory != null && directory.idOf(email).isPresent();
    }

    private static FieldDecision skip(String reason) {
        return new FieldDecision(PersonField.OWNER_EMAIL, FieldDecision.Action.SKIP, "", reason);
    }

    /**
     * @param plan     the plan to write
     * @param notFound the failure to report once the change is settled, when the owner was left out
     */
    public record Checked(SyncPlan plan, Optional<SyncFailure> notFound) {
        public Checked {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(notFound, "notFound");
        }
    }
}
