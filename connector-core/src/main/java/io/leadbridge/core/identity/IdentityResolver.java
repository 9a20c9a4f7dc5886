package io.leadbridge.core.identity;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.IdMappingStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Resolves which record of the other CRM a changed person belongs to (pipeline stage 4): the id map first;
 * otherwise a match by normalised email, with a converted Lead standing for its Contact. When several records
 * hold the email, one is picked deterministically (a Contact over a Lead, then the most recently modified, then
 * the lowest id) and the ambiguity is reported. A new record is created only when nothing matches.
 *
 * <p>Salesforce, unlike HubSpot, lets several records share an email, so an unlinked Salesforce record is first
 * compared with its own CRM's records of that email: unless it is the one that stands for the person (the one
 * already linked, else the preferred one), it resolves to {@link IdentityResolution.Duplicate} and is not synced.
 * The same rule picks the target when the duplicates are on the other side, so whichever side changes first,
 * one record per CRM stands for the person. The same lookup follows conversions: a Contact that a linked Lead was
 * converted into takes the Lead's place ({@link IdentityResolution.Converted}), and an unlinked converted Lead
 * gives way to its Contact ({@link IdentityResolution.Superseded}).
 *
 * <p>A drained batch is looked up ahead in one go ({@link #lookAhead}: each CRM's lookup answers every email the
 * batch's unlinked records need at once) and then resolved record by record against what was found, which picks
 * exactly as looking each record up on its own would.
 */
public final class IdentityResolver {

    /** Contact over Lead, then most recently modified, then lowest id. */
    static final Comparator<PersonCandidate> PREFERENCE = Comparator
            .comparingInt((PersonCandidate c) -> "Contact".equals(c.ref().objectType()) ? 0 : 1)
            .thenComparing(PersonCandidate::lastModifiedAt, Comparator.reverseOrder())
            .thenComparing(c -> c.ref().id(), ExternalRef.ID_ORDER);

    private final IdMappingStore ids;
    private final Map<CrmSystem, PeopleLookup> lookups = new EnumMap<>(CrmSystem.class);

    public IdentityResolver(IdMappingStore ids, List<PeopleLookup> lookups) {
        this.ids = Objects.requireNonNull(ids, "ids");
        lookups.forEach(l -> this.lookups.put(l.system(), l));
    }

    /**
     * Resolve before creating a person for a record seen for the first time: a {@link IdentityResolution.Matched}
     * with an {@code existingPerson} means the record joins that person ({@code IdMappingStore.link}).
     *
     * @param source the changed record
     * @param email  its email, as the CRM holds it; empty when it has none
     */
    public IdentityResolution resolve(ExternalRef source, Optional<String> email) {
        return resolve(source, email, KnownPeople.NONE);
    }

    /**
     * Looks up, in one batch per CRM, every email that resolving these records needs: none for a record the id map
     * already links, the other CRM's records for the rest, and for a Salesforce record also its own org's (for
     * duplicates and conversions).
     *
     * @param emails each changed record with its email as the CRM holds it
     * @throws io.leadbridge.core.failure.SyncFailureException when a lookup fails
     */
    public KnownPeople lookAhead(Map<ExternalRef, Optional<String>> emails) {
        Map<CrmSystem, Set<String>> needed = new EnumMap<>(CrmSystem.class);
        emails.forEach((source, email) -> {
            Optional<String> normalised = email.map(EmailAddress::normalise).filter(e -> !e.isEmpty());
            if (normalised.isEmpty() || linkedToOtherSystem(source)) {
                return;
            }
            needed.computeIfAbsent(source.system().other(), s -> new TreeSet<>()).add(normalised.get());
            if (source.system() == CrmSystem.SALESFORCE && lookups.containsKey(source.system())) {
                needed.computeIfAbsent(source.system(), s -> new TreeSet<>()).add(normalised.get());
            }
        });
        Map<CrmSystem, Map<String, List<PersonCandidate>>> found = new EnumMap<>(CrmSystem.class);
        needed.forEach((system, wanted) -> {
            Map<String, List<PersonCandidate>> answers = new LinkedHashMap<>(lookup(system).findByEmails(wanted));
            wanted.forEach(email -> answers.putIfAbsent(email, List.of()));
            found.put(system, answers);
        });
        return new KnownPeople(found);
    }

    /**
     * As {@link #resolve(ExternalRef, Optional)}, taking each CRM's records for the email from {@code known} when
     * they were looked up ahead, else asking the CRM.
     */
    public IdentityResolution resolve(ExternalRef source, Optional<String> email, KnownPeople known) {
        CrmSystem targetSystem = source.system().other();
        Optional<PersonId> person = ids.find(source);
        Optional<ExternalRef> linked = person.flatMap(p -> ids.refIn(p, targetSystem));
        if (linked.isPresent()) {
            return new IdentityResolution.Linked(linked.get(), "id map: " + source + " is linked to " + linked.get());
        }
        Optional<String> normalised = email.map(EmailAddress::normalise).filter(e -> !e.isEmpty());
        if (normalised.isEmpty()) {
            return new IdentityResolution.NoMatch(source + " has no email to match " + targetSystem
                    + " records on, so a new record is created");
        }
        List<PersonCandidate> siblings = List.of();
        if (source.system() == CrmSystem.SALESFORCE && lookups.containsKey(source.system())) {
            List<PersonCandidate> own = find(source.system(), normalised.get(), known);
            Optional<IdentityResolution> withinItsCrm = converted(source, own)
                    .or(() -> duplicateOfAnother(source, own));
            if (withinItsCrm.isPresent()) {
                return withinItsCrm.get();
            }
            siblings = followConversions(own).stream().filter(c -> !c.ref().equals(source)).toList();
        }
        List<PersonCandidate> candidates = followConversions(find(targetSystem, normalised.get(), known));
        if (candidates.isEmpty()) {
            return new IdentityResolution.NoMatch("no " + targetSystem + " record holds this person's email, so a "
                    + "new record is created");
        }
        return pick(source, person, candidates, siblings);
    }

    /** A converted Lead gives way to its Contact; the Contact a linked Lead was converted into takes its place. */
    private Optional<IdentityResolution> converted(ExternalRef source, List<PersonCandidate> own) {
        for (PersonCandidate candidate : own) {
            Optional<ExternalRef> contact = candidate.convertedTo();
            if (contact.isEmpty()) {
                continue;
            }
            if (candidate.ref().equals(source)) {
                return Optional.of(new IdentityResolution.Superseded(contact.get(), source + " was converted into "
                        + contact.get() + ", which stands for the person from now on; the Lead is not synced"));
            }
            if (contact.get().equals(source)) {
                Optional<PersonId> person = ids.find(candidate.ref());
                Optional<ExternalRef> target = person.flatMap(p -> ids.refIn(p, source.system().other()));
                if (target.isPresent()) {
                    return Optional.of(new IdentityResolution.Converted(candidate.ref(), person.get(), target.get(),
                            "conversion: " + candidate.ref() + " was converted into " + source + ", which takes its"
                                    + " place and syncs with " + target.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A source that shares its email with other records of its org and is not the one standing for the person: the
     * one already linked to the other CRM, else the preferred one.
     */
    private Optional<IdentityResolution> duplicateOfAnother(ExternalRef source, List<PersonCandidate> own) {
        List<PersonCandidate> siblings = followConversions(own);
        if (siblings.size() < 2 || siblings.stream().noneMatch(c -> c.ref().equals(source))) {
            return Optional.empty();
        }
        PersonCandidate keeper = siblings.stream().filter(this::linkedToOtherSystem).findFirst()
                .orElse(siblings.get(0));
        if (keeper.ref().equals(source)) {
            return Optional.empty();
        }
        return Optional.of(new IdentityResolution.Duplicate(keeper.ref(), siblings, siblings.size() + " "
                + source.system() + " records hold this email (" + refs(siblings) + "); " + keeper.ref()
                + " stands for the person (" + (linkedToOtherSystem(keeper) ? "already linked" : "a Contact over a "
                + "Lead, then the most recently modified, then the lowest id") + "), so " + source + " is not synced"
                + " and no second " + source.system().other() + " record is created; merge or change the duplicates"));
    }

    private boolean linkedToOtherSystem(PersonCandidate candidate) {
        return linkedToOtherSystem(candidate.ref());
    }

    private boolean linkedToOtherSystem(ExternalRef ref) {
        return ids.find(ref).flatMap(p -> ids.refIn(p, ref.system().other())).isPresent();
    }

    private List<PersonCandidate> find(CrmSystem system, String normalisedEmail, KnownPeople known) {
        return known.find(system, normalisedEmail).orElseGet(() -> lookup(system).findByEmail(normalisedEmail));
    }

    private PeopleLookup lookup(CrmSystem system) {
        PeopleLookup lookup = lookups.get(system);
        if (lookup == null) {
            throw new IllegalStateException("no people lookup configured for " + system);
        }
        return lookup;
    }

    private IdentityResolution pick(ExternalRef source, Optional<PersonId> person, List<PersonCandidate> candidates,
                                    List<PersonCandidate> sourceSiblings) {
        List<PersonCandidate> free = new ArrayList<>();
        List<PersonCandidate> taken = new ArrayList<>();
        for (PersonCandidate candidate : candidates) {
            (takenByOther(candidate, source, person) ? taken : free).add(candidate);
        }
        if (free.isEmpty()) {
            return new IdentityResolution.Conflict(candidates, "every " + source.system().other() + " record with "
                    + "this person's email (" + refs(taken) + ") already belongs to another person; an admin must "
                    + "merge or relink them, so nothing is created");
        }
        PersonCandidate best = free.get(0);
        Optional<PersonId> existingPerson = ids.find(best.ref()).filter(owner -> !Optional.of(owner).equals(person));
        String reason = "email match: " + best.ref() + " holds this person's email";
        if (free.size() > 1) {
            reason = free.size() + " " + source.system().other() + " records hold this person's email (" + refs(free)
                    + "); picked " + best.ref() + ": a Contact over a Lead, then the most recently modified, then "
                    + "the lowest id";
        }
        if (!taken.isEmpty()) {
            reason += "; passed over " + refs(taken) + ", which already belong to other people";
        }
        if (!sourceSiblings.isEmpty()) {
            reason += "; " + refs(sourceSiblings) + " also hold this email in " + source.system() + " and are not "
                    + "synced: " + source + " stands for the person";
        }
        return new IdentityResolution.Matched(best.ref(), free, existingPerson, reason, sourceSiblings);
    }

    /**
     * A candidate another person holds: one whose person already has a record on the source side, or any other
     * person's when the source already has a person of its own (two people are never merged here).
     */
    private boolean takenByOther(PersonCandidate candidate, ExternalRef source, Optional<PersonId> person) {
        Optional<PersonId> owner = ids.find(candidate.ref());
        if (owner.isEmpty() || owner.equals(person)) {
            return false;
        }
        return person.isPresent() || ids.refIn(owner.get(), source.system()).isPresent();
    }

    /** Replaces each converted Lead by its Contact, keeping the Contact's own entry when it was found too. */
    private static List<PersonCandidate> followConversions(List<PersonCandidate> found) {
        Map<ExternalRef, PersonCandidate> byRef = new LinkedHashMap<>();
        found.stream().filter(c -> c.convertedTo().isEmpty()).forEach(c -> byRef.put(c.ref(), c));
        found.stream().filter(c -> c.convertedTo().isPresent()).forEach(c -> byRef.putIfAbsent(c.convertedTo().get(),
                PersonCandidate.of(c.convertedTo().get(), c.lastModifiedAt())));
        return byRef.values().stream().sorted(PREFERENCE).toList();
    }

    private static String refs(List<PersonCandidate> candidates) {
        return candidates.stream().map(c -> c.ref().toString()).collect(Collectors.joining(", "));
    }
}
