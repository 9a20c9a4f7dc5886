package io.leadbridge.core.workflow.metrics;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.model.StageTransition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** AE rejections read from recorded moves: a rejection is a recycle out of SQL. */
public final class Rejections {

    private Rejections() {
    }

    public static boolean isRejection(StageTransition move) {
        return move.from() == FunnelStage.SQL && move.isBackward();
    }

    /** How often the person of these moves was rejected. */
    public static int count(List<PersonTransition> moves) {
        return (int) moves.stream().map(PersonTransition::transition).filter(Rejections::isRejection).count();
    }

    /** The people rejected at least {@code flagAfter} times among {@code moves}, most rejected first. */
    public static List<RejectLoop> loops(List<PersonTransition> moves, int flagAfter) {
        Map<PersonId, List<StageTransition>> byPerson = new LinkedHashMap<>();
        moves.stream().filter(move -> isRejection(move.transition()))
                .forEach(move -> byPerson.computeIfAbsent(move.person(), p -> new ArrayList<>())
                        .add(move.transition()));
        List<RejectLoop> loops = new ArrayList<>();
        byPerson.forEach((person, rejections) -> {
            if (rejections.size() >= flagAfter) {
                loops.add(new RejectLoop(person, rejections.size(), rejections.get(rejections.size() - 1).reason()));
            }
        });
        loops.sort((a, b) -> Integer.compare(b.rejections(), a.rejections()));
        return loops;
    }
}
