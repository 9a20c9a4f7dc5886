package io.leadbridge.core.engine;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.FieldDecision;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DryRun} would do with one change.
 *
 * @param source    the record the change comes from; the write goes to the other CRM
 * @param person    the person it belongs to; a fresh id, not stored, when the id map does not know the record
 * @param target    the record that would be updated; empty when the write would create one (or when refused)
 * @param decisions every field's decision with the rule's reason
 * @param changes   what would be written: field → value, {@code ""} clears; empty when nothing would be written
 * @param refusal   why the change would not be written at all (identity conflict, unsupported target)
 */
public record DryRunReport(ExternalRef source, Optional<PersonId> person, Optional<ExternalRef> target,
                           List<FieldDecision> decisions, Map<PersonField, String> changes,
                           Optional<String> refusal) {

    public DryRunReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(target, "target");
        decisions = List.copyOf(decisions);
        changes = Collections.unmodifiableMap(changes.isEmpty() ? new EnumMap<>(PersonField.class)
                : new EnumMap<>(changes));
        Objects.requireNonNull(refusal, "refusal");
    }

    DryRunReport(ExternalRef source, PersonId person, Optional<ExternalRef> target, List<FieldDecision> decisions,
                 Map<PersonField, String> changes, Optional<String> refusal) {
        this(source, Optional.of(person), target, decisions, changes, refusal);
    }

    static DryRunReport refused(ExternalRef source, String why) {
        return new DryRunReport(source, Optional.empty(), Optional.empty(), List.of(), Map.of(), Optional.of(why));
    }

    /** Whether the write would create the record in the other CRM. */
    public boolean wouldCreate() {
        return refusal.isEmpty() && !changes.isEmpty() && target.isEmpty();
    }

    public boolean writesNothing() {
        return changes.isEmpty();
    }
}
