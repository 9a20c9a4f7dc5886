package io.leadbridge.core.touch;

import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys that make activity writes idempotent. A key is derived only from what it identifies, so a retry, a
 * replay after a crash or a webhook redelivery computes the same key, and an adapter that upserts on it (an
 * external-id field on the Salesforce Task or Event, a property on the HubSpot engagement) writes once.
 * Keys are 44 characters ({@code lb1-} and 40 hex digits), fit any external-id field, and reveal no ids.
 */
public final class IdempotencyKeys {

    /** Every key starts with this; an activity carrying such a key was written by Leadbridge. */
    public static final String PREFIX = "lb1-";
    /** How a mirror's text names its key, so that the mirror is recognised when it is read back. */
    public static final String LABEL = "Leadbridge key: ";

    private static final Pattern LABELLED = Pattern.compile(Pattern.quote(LABEL) + "(lb1-[0-9a-f]{40})(?![0-9a-f])");

    private IdempotencyKeys() {
    }

    /** The key of the mirror of {@code sourceTouch} in {@code target}. */
    public static String mirrorOf(ExternalRef sourceTouch, CrmSystem target) {
        if (sourceTouch.system() == target) {
            throw new IllegalArgumentException("a touch is mirrored into the other CRM, not " + target);
        }
        return key("mirror|" + sourceTouch.key() + "|" + target.name().toLowerCase(Locale.ROOT));
    }

    /** The key of the one SDR-context note kept up to date on {@code person}. */
    public static String sdrContextOf(ExternalRef person) {
        return key("sdr-context|" + person.key());
    }

    /** The key of the task or note written for one stored workflow command (its batch key and position). */
    public static String workflowCommandOf(String batchKey, int position) {
        return key("workflow-command|" + batchKey + "|" + position);
    }

    /** {@link #LABEL} followed by {@code key}: the line a mirror's text carries. */
    public static String label(String key) {
        if (!isLeadbridgeKey(key)) {
            throw new IllegalArgumentException("key must be a Leadbridge key (lb1-...)");
        }
        return LABEL + key;
    }

    /** The key a mirror's text names by {@link #label}, if it names one: the activity is then Leadbridge's own. */
    public static Optional<String> labelledIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = LABELLED.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static boolean isLeadbridgeKey(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() == PREFIX.length() + 40;
    }

    /** The prefix and the first 160 bits of the identity's SHA-256. */
    private static String key(String identity) {
        return PREFIX + ValueFingerprint.of(identity).hex().substring(0, 40);
    }
}
