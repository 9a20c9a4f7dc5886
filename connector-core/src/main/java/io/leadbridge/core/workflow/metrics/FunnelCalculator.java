package io.leadbridge.core.workflow.metrics;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.sla.SlaEvent;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Computes the {@link FunnelReport} from recorded moves and SLA outcomes. A person counts once per stage (their
 * first arrival); a conversion counts a person who reached {@code to} at or after first reaching {@code from}.
 */
public final class FunnelCalculator {

    /** The main-line steps whose conversion is reported, in funnel order. */
    public static final List<FunnelStage> LADDER = List.of(FunnelStage.MQL, FunnelStage.SQL, FunnelStage.SAL,
            FunnelStage.OPPORTUNITY, FunnelStage.CUSTOMER);

    private FunnelCalculator() {
    }

    /** @param flagAfterRejections from how many AE rejections on a person counts as a reject loop */
    public static FunnelReport report(Instant since, List<PersonTransition> moves, List<SlaEvent> slaEvents,
                                      int flagAfterRejections) {
        return new FunnelReport(since, reached(firstArrivals(moves)), conversions(firstArrivals(moves)),
                speedToLead(slaEvents), breaches(slaEvents),
                perOwner(moves, slaEvents, PersonTransition::sdrEmail, SlaKind.FIRST_TOUCH),
                perOwner(moves, slaEvents, PersonTransition::aeEmail, SlaKind.AE_ACCEPTANCE),
                Rejections.loops(moves, flagAfterRejections));
    }

    private static Map<FunnelStage, Map<PersonId, Instant>> firstArrivals(List<PersonTransition> moves) {
        Map<FunnelStage, Map<PersonId, Instant>> arrivals = new EnumMap<>(FunnelStage.class);
        for (PersonTransition move : moves) {
            arrivals.computeIfAbsent(move.transition().to(), stage -> new HashMap<>())
                    .merge(move.person(), move.transition().at(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return arrivals;
    }

    private static Map<FunnelStage, Long> reached(Map<FunnelStage, Map<PersonId, Instant>> arrivals) {
        Map<FunnelStage, Long> reached = new EnumMap<>(FunnelStage.class);
        LADDER.forEach(stage -> reached.put(stage, (long) arrivals.getOrDefault(stage, Map.of()).size()));
        return reached;
    }

    private static List<StageConversion> conversions(Map<FunnelStage, Map<PersonId, Instant>> arrivals) {
        List<StageConversion> conversions = new ArrayList<>();
        for (int i = 0; i + 1 < LADDER.size(); i++) {
            Map<PersonId, Instant> from = arrivals.getOrDefault(LADDER.get(i), Map.of());
            Map<PersonId, Instant> to = arrivals.getOrDefault(LADDER.get(i + 1), Map.of());
            long converted = from.entrySet().stream()
                    .filter(e -> to.containsKey(e.getKey()) && !to.get(e.getKey()).isBefore(e.getValue()))
                    .count();
            conversions.add(new StageConversion(LADDER.get(i), LADDER.get(i + 1), from.size(), converted));
        }
        return conversions;
    }

    private static SpeedToLead speedToLead(List<SlaEvent> events) {
        List<Duration> times = events.stream()
                .filter(e -> e.kind() == SlaKind.FIRST_TOUCH && e.result() != SlaResult.BREACHED)
                .map(SlaEvent::elapsed).toList();
        return SpeedToLead.of(times);
    }

    private static Map<SlaKind, Long> breaches(List<SlaEvent> events) {
        Map<SlaKind, Long> breaches = new EnumMap<>(SlaKind.class);
        for (SlaKind kind : SlaKind.values()) {
            breaches.put(kind, events.stream().filter(e -> e.kind() == kind && e.result() == SlaResult.BREACHED)
                    .count());
        }
        return breaches;
    }

    private static List<OwnerFunnel> perOwner(List<PersonTransition> moves, List<SlaEvent> slaEvents,
                                              Function<PersonTransition, Optional<String>> ownerOf, SlaKind clock) {
        TreeSet<String> owners = new TreeSet<>();
        moves.forEach(move -> ownerOf.apply(move).ifPresent(owners::add));
        slaEvents.stream().filter(e -> e.kind() == clock).forEach(e -> owners.add(e.ownerEmail()));
        List<OwnerFunnel> funnels = new ArrayList<>();
        for (String owner : owners) {
            List<PersonTransition> theirMoves = moves.stream()
                    .filter(move -> ownerOf.apply(move).filter(owner::equals).isPresent()).toList();
            List<SlaEvent> theirEvents = slaEvents.stream()
                    .filter(e -> e.kind() == clock && e.ownerEmail().equals(owner)).toList();
            Map<FunnelStage, Map<PersonId, Instant>> arrivals = firstArrivals(theirMoves);
            funnels.add(new OwnerFunnel(owner, reached(arrivals), conversions(arrivals), breaches(theirEvents),
                    speedToLead(theirEvents)));
        }
        return funnels;
    }
}
