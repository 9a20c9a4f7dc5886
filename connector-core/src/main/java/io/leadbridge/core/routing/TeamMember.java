package io.leadbridge.core.routing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One AE (or SDR) in a round-robin team.
 *
 * @param owner         the owner's email, as both CRMs know the user
 * @param weight        their share of the team's leads relative to the others (2 gets twice as many as 1)
 * @param dailyCapacity the most leads they get per day, if limited
 */
public record TeamMember(String owner, int weight, OptionalInt dailyCapacity, List<OutOfOffice> outOfOffice) {

    public TeamMember {
        Objects.requireNonNull(owner, "owner");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
        Objects.requireNonNull(dailyCapacity, "dailyCapacity");
        outOfOffice = List.copyOf(outOfOffice);
    }

    /** Why the member takes no lead on {@code day} with {@code load}; empty when they are available. */
    Optional<String> unavailable(LocalDate day, MemberLoad load) {
        if (outOfOffice.stream().anyMatch(w -> w.covers(day))) {
            return Optional.of(owner + " is out of office");
        }
        if (dailyCapacity.isPresent() && load.assignedToday() >= dailyCapacity.getAsInt()) {
            return Optional.of(owner + " has reached the daily capacity of " + dailyCapacity.getAsInt());
        }
        return Optional.empty();
    }
}
