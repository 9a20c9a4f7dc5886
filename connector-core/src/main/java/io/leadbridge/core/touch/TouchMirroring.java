package io.leadbridge.core.touch;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides the mirrored activity for a touch logged in one CRM: on the same person's record in the other CRM,
 * keyed so that it is written once however often the touch is delivered. An activity Leadbridge wrote itself
 * (it carries a Leadbridge key) is never mirrored back.
 */
public final class TouchMirroring {

    /**
     * @param touch        the touch, as read from the CRM it was logged in
     * @param keyOnSource  the Leadbridge idempotency key stored on that activity, when it has one: then it is our
     *                     own mirror coming back
     * @param targetPerson the person's record in the other CRM, when the id map knows it
     */
    public MirrorDecision decide(Touch touch, Optional<String> keyOnSource, Optional<ExternalRef> targetPerson) {
        ExternalRef source = touch.source();
        CrmSystem target = source.system().other();
        if (keyOnSource.filter(IdempotencyKeys::isLeadbridgeKey).isPresent()) {
            return new MirrorDecision.Skip("echo: " + source + " is Leadbridge's own mirror of a " + target
                    + " touch, so it is not mirrored back");
        }
        if (targetPerson.isEmpty()) {
            return new MirrorDecision.Wait("the person has no " + target + " record yet; the touch is mirrored once"
                    + " they have one");
        }
        if (targetPerson.get().system() != target) {
            throw new IllegalArgumentException("targetPerson must be a " + target + " record, was "
                    + targetPerson.get());
        }
        MirroredActivity activity = new MirroredActivity(targetPerson.get(), source, touch.channel(),
                touch.direction(), touch.actorEmail(), subject(touch), touch.bodyExcerpt(), touch.occurredAt(),
                touch.outcome(), touch.cadenceStep(), IdempotencyKeys.mirrorOf(source, target), touch.endsAt());
        return new MirrorDecision.Mirror(activity, "touch: " + channelName(touch.channel()) + " logged in "
                + source.system() + " as " + source + " is mirrored onto " + targetPerson.get());
    }

    /** The touch's subject, or a plain one naming the channel and direction when it has none. */
    private static String subject(Touch touch) {
        if (!touch.subject().isBlank()) {
            return touch.subject();
        }
        String channel = channelName(touch.channel());
        String capitalised = Character.toUpperCase(channel.charAt(0)) + channel.substring(1);
        return touch.direction() == Touch.TouchDirection.INBOUND ? capitalised + " from the prospect" : capitalised;
    }

    static String channelName(Touch.TouchChannel channel) {
        return switch (channel) {
            case LINKEDIN -> "LinkedIn step";
            default -> channel.name().toLowerCase(Locale.ROOT);
        };
    }
}
