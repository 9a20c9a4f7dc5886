package io.leadbridge.core.workflow.handoff;

import io.leadbridge.core.rules.RuleNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an AE answers a handoff in one CRM: the record's status values that accept and reject, and the field (API or
 * property name) the AE writes a rejection's reason in.
 */
public record AnswerStatuses(List<String> accept, List<String> reject, Optional<String> reasonField) {

    public static final AnswerStatuses NONE = new AnswerStatuses(List.of(), List.of(), Optional.empty());

    public AnswerStatuses {
        accept = List.copyOf(accept);
        reject = List.copyOf(reject);
        Objects.requireNonNull(reasonField, "reasonField");
    }

    /** Whether answers are read from this CRM at all. */
    public boolean any() {
        return !accept.isEmpty() || !reject.isEmpty();
    }

    /**
     * Reads {@code accept-statuses}, {@code reject-statuses} and {@code reasonKey} from {@code node}; the caller has
     * allowed those keys.
     */
    static AnswerStatuses read(RuleNode node, String reasonKey) {
        List<String> accept = node.get("accept-statuses").texts();
        List<String> reject = node.get("reject-statuses").texts();
        Set<String> both = new HashSet<>(accept);
        both.retainAll(reject);
        if (!both.isEmpty()) {
            node.get("reject-statuses").problem("names " + both.stream().sorted().toList()
                    + " also under accept-statuses; a status is either an accept or a reject");
        }
        RuleNode reasonNode = node.get(reasonKey);
        Optional<String> reasonField = reasonNode.text();
        if (reasonField.isPresent() && !reasonField.get().matches("[A-Za-z][A-Za-z0-9_]*")) {
            reasonNode.problem("must be a field's API name such as Rejection_Reason__c, was \""
                    + reasonField.get() + "\"");
            reasonField = Optional.empty();
        } else if (reasonField.isEmpty() && !reject.isEmpty()) {
            reasonNode.problem("is required when reject-statuses are named: a rejection needs a reason");
        }
        return new AnswerStatuses(accept, reject, reasonField);
    }
}
