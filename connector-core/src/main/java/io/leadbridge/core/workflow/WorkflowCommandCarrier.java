package io.leadbridge.core.workflow;

/**
 * Carries one stored workflow command out in the CRMs (a task or note on the person's record, an owner or status
 * change, a Lead conversion).
 *
 * <p><b>Idempotency:</b> {@code key} is the command's own Leadbridge key ({@code IdempotencyKeys.workflowCommandOf});
 * a task or note written for it carries the key's label line, so a copy written again after a crash between the
 * write and the confirmation is recognisable as Leadbridge's. Owner and status changes set values and are safe to
 * repeat. <b>Failures:</b> throws {@link io.leadbridge.core.failure.SyncFailureException} with a classified
 * failure; nothing else. <b>Threading:</b> safe for concurrent use.
 */
public interface WorkflowCommandCarrier {

    void carry(String key, WorkflowCommand command);
}
