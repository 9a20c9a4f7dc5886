package io.leadbridge.core.workflow;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a workflow policy decided must happen in the CRMs. Policies only emit commands; {@link WorkflowActions}
 * carries them out through the adapters, so the decisions stay testable without a CRM.
 */
public sealed interface WorkflowCommand {

    PersonId person();

    /** A CRM task on the person's record for {@code ownerEmail}, due at {@code due}. */
    record CreateTask(PersonId person, String ownerEmail, String subject, String description, Instant due)
            implements WorkflowCommand {
        public CreateTask {
            Objects.requireNonNull(person, "person");
            requireText(ownerEmail, "ownerEmail");
            requireText(subject, "subject");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(due, "due");
        }
    }

    /** A plain-text note on the person's record (the handoff note). */
    record WriteNote(PersonId person, String title, String body) implements WorkflowCommand {
        public WriteNote {
            Objects.requireNonNull(person, "person");
            requireText(title, "title");
            requireText(body, "body");
        }
    }

    /** Take the person away from {@code fromOwner}; routing picks the next owner, skipping {@code fromOwner}. */
    record Reassign(PersonId person, String fromOwner, String reason) implements WorkflowCommand {
        public Reassign {
            Objects.requireNonNull(person, "person");
            requireText(fromOwner, "fromOwner");
            requireText(reason, "reason");
        }
    }

    /** Give the person to {@code ownerEmail} (e.g. back to the SDR after an AE rejection). */
    record AssignOwner(PersonId person, String ownerEmail, String reason) implements WorkflowCommand {
        public AssignOwner {
            Objects.requireNonNull(person, "person");
            requireText(ownerEmail, "ownerEmail");
            requireText(reason, "reason");
        }
    }

    /** Tell {@code managerEmail} that {@code ownerEmail} missed an SLA on this person. */
    record Escalate(PersonId person, String managerEmail, String ownerEmail, String reason) implements WorkflowCommand {
        public Escalate {
            Objects.requireNonNull(person, "person");
            requireText(managerEmail, "managerEmail");
            requireText(ownerEmail, "ownerEmail");
            requireText(reason, "reason");
        }
    }

    /**
     * Move the person's status in both CRMs. A backward move needs the HubSpot lifecycle cleared and then set; the
     * adapter runs that sequence when {@code from} comes after {@code to}.
     */
    record SetStage(PersonId person, FunnelStage from, FunnelStage to, String reason) implements WorkflowCommand {
        public SetStage {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            requireText(reason, "reason");
        }

        public boolean backward() {
            return to.isBefore(from);
        }
    }

    /** Give the person back to marketing: the SDR owner is removed and marketing's nurture picks it up. */
    record ReturnToMarketing(PersonId person, String reason) implements WorkflowCommand {
        public ReturnToMarketing {
            Objects.requireNonNull(person, "person");
            requireText(reason, "reason");
        }
    }

    /** Convert the Salesforce Lead (Account, Contact, and an Opportunity unless told not to). */
    record ConvertLead(PersonId person, boolean createOpportunity) implements WorkflowCommand {
        public ConvertLead {
            Objects.requireNonNull(person, "person");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
