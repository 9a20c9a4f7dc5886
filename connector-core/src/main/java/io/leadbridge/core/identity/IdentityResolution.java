package io.leadbridge.core.identity;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Which record of the other CRM a person's change goes to, with the reason for the audit trail. */
public sealed interface IdentityResolution {

    String reason();

    /** The id map already links the person to {@code target}. */
    record Linked(ExternalRef target, String reason) implements IdentityResolution {
        public Linked {
            Objects.requireNonNull(target, "target");
            requireReason(reason);
        }
    }

    /**
     * A record with the person's email exists: write to {@code target}, never create another one.
     *
     * @param candidates     every record considered, best first ({@code target} is the first)
     * @param existingPerson the person {@code target} already belongs to in the id map, whom the source joins
     * @param sourceSiblings the other records of the source's own CRM that hold the email (duplicates the source
     *                       stands for; they are not synced)
     */
    record Matched(ExternalRef target, List<PersonCandidate> candidates, Optional<PersonId> existingPerson,
                   String reason, List<PersonCandidate> sourceSiblings) implements IdentityResolution {
        public Matched {
            Objects.requireNonNull(target, "target");
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(existingPerson, "existingPerson");
            requireReason(reason);
            sourceSiblings = List.copyOf(sourceSiblings);
            if (candidates.isEmpty() || !candidates.get(0).ref().equals(target)) {
                throw new IllegalArgumentException("the target must be the first candidate");
            }
        }

        public Matched(ExternalRef target, List<PersonCandidate> candidates, Optional<PersonId> existingPerson,
                       String reason) {
            this(target, candidates, existingPerson, reason, List.of());
        }

        /** More than one record holds the email: an admin should look at the others. */
        public boolean ambiguous() {
            return candidates.size() > 1 || !sourceSiblings.isEmpty();
        }

        /** Every record holding the email besides the source and the target, in either CRM. */
        public List<ExternalRef> others() {
            return Stream.concat(candidates.stream().skip(1), sourceSiblings.stream())
                    .map(PersonCandidate::ref).toList();
        }
    }

    /** No record in the other CRM holds the person: creating one is safe. */
    record NoMatch(String reason) implements IdentityResolution {
        public NoMatch {
            requireReason(reason);
        }
    }

    /**
     * The changed record is the Contact a linked Lead was converted into: it takes the Lead's place as the person's
     * record ({@code IdMappingStore.link} moves the link) and syncs with {@code target}, never creating a record.
     *
     * @param lead   the converted Lead the person was linked to
     * @param person the person the Lead belongs to
     * @param target the person's record in the other CRM
     */
    record Converted(ExternalRef lead, PersonId person, ExternalRef target, String reason)
            implements IdentityResolution {
        public Converted {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(target, "target");
            requireReason(reason);
        }
    }

    /**
     * The changed record is an unlinked Lead that was converted into {@code contact}: the Contact stands for the
     * person, so the Lead's change is neither linked nor synced.
     */
    record Superseded(ExternalRef contact, String reason) implements IdentityResolution {
        public Superseded {
            Objects.requireNonNull(contact, "contact");
            requireReason(reason);
        }
    }

    /**
     * The changed record shares its email with other records of its own CRM, and another of them ({@code keeper})
     * is the one that stands for the person (the one already linked, else the preferred one: a Contact over a Lead,
     * then the most recently modified, then the lowest id). The duplicate is neither linked nor synced, so the
     * other CRM never gets a second record; an admin merges or changes it.
     *
     * @param candidates every record of the source's CRM holding the email, best first
     */
    record Duplicate(ExternalRef keeper, List<PersonCandidate> candidates, String reason)
            implements IdentityResolution {
        public Duplicate {
            Objects.requireNonNull(keeper, "keeper");
            candidates = List.copyOf(candidates);
            requireReason(reason);
        }
    }

    /**
     * Records with the email exist but each already belongs to another person who has a record of their own on
     * the source side: neither link nor create; an admin decides (merge or relink).
     */
    record Conflict(List<PersonCandidate> candidates, String reason) implements IdentityResolution {
        public Conflict {
            candidates = List.copyOf(candidates);
            requireReason(reason);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
