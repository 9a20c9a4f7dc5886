package io.leadbridge.sandbox.hubspot;

import static io.leadbridge.sandbox.hubspot.ObjectType.CALLS;
import static io.leadbridge.sandbox.hubspot.ObjectType.COMPANIES;
import static io.leadbridge.sandbox.hubspot.ObjectType.CONTACTS;
import static io.leadbridge.sandbox.hubspot.ObjectType.DEALS;
import static io.leadbridge.sandbox.hubspot.ObjectType.EMAILS;
import static io.leadbridge.sandbox.hubspot.ObjectType.MEETINGS;
import static io.leadbridge.sandbox.hubspot.ObjectType.NOTES;
import static io.leadbridge.sandbox.hubspot.ObjectType.TASKS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * HubSpot's HUBSPOT_DEFINED association type ids (direction-specific), each with its reverse: the unlabeled
 * default of every pair and the "Primary" company labels.
 */
final class AssociationTypes {

    /** One direction of a pair; {@code label} is null for the unlabeled default. */
    record Type(ObjectType from, ObjectType to, int id, int reverseId, String label) {
    }

    private static final List<Type> TYPES = build();

    private AssociationTypes() {
    }

    private static List<Type> build() {
        List<Type> types = new ArrayList<>();
        pair(types, CONTACTS, COMPANIES, 279, 280, null);
        pair(types, CONTACTS, COMPANIES, 1, 2, "Primary");
        pair(types, DEALS, CONTACTS, 3, 4, null);
        pair(types, DEALS, COMPANIES, 341, 342, null);
        pair(types, DEALS, COMPANIES, 5, 6, "Primary");
        activity(types, NOTES, 202, 190, 214);
        activity(types, EMAILS, 198, 186, 210);
        activity(types, CALLS, 194, 182, 206);
        activity(types, TASKS, 204, 192, 216);
        activity(types, MEETINGS, 200, 188, 212);
        return List.copyOf(types);
    }

    /** HubSpot numbers each reverse (record → activity) one below the activity → record id. */
    private static void activity(List<Type> types, ObjectType activity, int toContact, int toCompany, int toDeal) {
        pair(types, activity, CONTACTS, toContact, toContact - 1, null);
        pair(types, activity, COMPANIES, toCompany, toCompany - 1, null);
        pair(types, activity, DEALS, toDeal, toDeal - 1, null);
    }

    private static void pair(List<Type> types, ObjectType from, ObjectType to, int id, int reverseId, String label) {
        types.add(new Type(from, to, id, reverseId, label));
        types.add(new Type(to, from, reverseId, id, label));
    }

    /** The unlabeled type between two object types, if HubSpot defines one. */
    static Optional<Type> unlabeled(ObjectType from, ObjectType to) {
        return TYPES.stream().filter(t -> t.from() == from && t.to() == to && t.label() == null).findFirst();
    }

    /** Every type from one object type to another: the unlabeled default first. */
    static List<Type> between(ObjectType from, ObjectType to) {
        return TYPES.stream().filter(t -> t.from() == from && t.to() == to)
                .sorted(Comparator.comparing(t -> t.label() != null)).toList();
    }

    static Optional<Type> byId(ObjectType from, int id) {
        return TYPES.stream().filter(t -> t.from() == from && t.id() == id).findFirst();
    }

    static Type require(ObjectType from, ObjectType to, int id) {
        return byId(from, id).filter(t -> t.to() == to).orElseThrow(() -> ApiException.badRequest(
                "associationTypeId " + id + " is not a HUBSPOT_DEFINED association from " + from.singular() + " to "
                        + to.singular()));
    }

    static Type requireUnlabeled(ObjectType from, ObjectType to) {
        return unlabeled(from, to).orElseThrow(() -> ApiException.badRequest(
                "No association is defined from " + from.singular() + " to " + to.singular()));
    }
}
