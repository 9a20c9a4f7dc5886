package io.leadbridge.core.company;

import io.leadbridge.core.model.ExternalRef;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The plan for one incoming company change, with what must be remembered once it is settled.
 *
 * @param target      the other CRM's record to update; empty when the write creates one
 * @param plan        the field-by-field decisions, each with its reason
 * @param changes     what to write (the plan's changes, plus the name on a create)
 * @param snapshot    the source record's state to remember when the change is settled
 * @param overwritten fields of the source whose echo memory is stale: someone changed them since our write
 */
public record CompanyChangePlan(ExternalRef source, Optional<ExternalRef> target, CompanyPlan plan,
                                Map<CompanyField, String> changes, CompanySnapshot snapshot,
                                Set<CompanyField> overwritten) {

    public CompanyChangePlan {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        changes = Map.copyOf(changes);
        Objects.requireNonNull(snapshot, "snapshot");
        overwritten = Set.copyOf(overwritten);
    }

    public boolean writesNothing() {
        return changes.isEmpty();
    }

    /** This plan without writing {@code field}, e.g. an owner the target CRM does not have. */
    public CompanyChangePlan without(CompanyField field) {
        Map<CompanyField, String> kept = new EnumMap<>(CompanyField.class);
        kept.putAll(changes);
        kept.remove(field);
        return new CompanyChangePlan(source, target, plan, kept, snapshot, overwritten);
    }

    public CompanyWrite write() {
        if (writesNothing()) {
            throw new IllegalStateException("the plan for " + source + " writes nothing");
        }
        return new CompanyWrite(source, target, changes);
    }
}
