package io.leadbridge.hubspot;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Sends a batch of contact writes so that one invalid record fails alone. HubSpot's batch upsert is
 * all-or-nothing (multi-status answers exist only for batch create), and a batch update with an invalid value
 * applies nothing: either is refused as a whole with one 400 {@code VALIDATION_ERROR} that does not say which
 * input broke it. Such a batch is halved and each half sent again, until every refused input stands alone and
 * fails with HubSpot's own error while the others are written.
 *
 * <p><b>Cost:</b> a batch HubSpot accepts costs one call; {@code n} inputs of which {@code k} are refused cost
 * at most {@code 1 + 2k·⌈log2 n⌉} calls. Every other failure of a whole call (rate limit, 5xx, authentication)
 * is thrown unchanged, since no input can succeed on its own there.
 */
final class RefusedBatchSplitter {

    /** The codes of a 400 answer: HubSpot's category, or the bare status when the body names none. */
    private static final Set<String> VALIDATION_CODES = Set.of("VALIDATION_ERROR", "400");

    private RefusedBatchSplitter() {
    }

    /**
     * @param inputs  the writes by their position in the caller's batch, in input order
     * @param send    sends one batch of writes and settles HubSpot's answer; throws {@link SyncFailureException}
     *                when the whole call fails
     * @param refused receives the position and HubSpot's failure of each input refused on its own
     */
    static <T> void send(Map<Integer, T> inputs, Consumer<Map<Integer, T>> send,
                         BiConsumer<Integer, SyncFailure> refused) {
        try {
            send.accept(inputs);
        } catch (SyncFailureException failure) {
            if (!isValidationRefusal(failure.failure())) {
                throw failure;
            }
            if (inputs.size() == 1) {
                refused.accept(inputs.keySet().iterator().next(), failure.failure());
                return;
            }
            List<Integer> positions = List.copyOf(inputs.keySet());
            int half = positions.size() / 2;
            send(part(inputs, positions.subList(0, half)), send, refused);
            send(part(inputs, positions.subList(half, positions.size())), send, refused);
        }
    }

    private static boolean isValidationRefusal(SyncFailure failure) {
        return failure instanceof SyncFailure.Permanent && VALIDATION_CODES.contains(failure.code());
    }

    private static <T> Map<Integer, T> part(Map<Integer, T> inputs, List<Integer> positions) {
        Map<Integer, T> part = new LinkedHashMap<>();
        positions.forEach(position -> part.put(position, inputs.get(position)));
        return part;
    }
}
