package io.leadbridge.core.echo;

import io.leadbridge.core.model.ExternalRef;
import java.util.Optional;

/**
 * Where a value intended before its write is sent (ADR 0032) aims, for people ({@link IntendedWrite}) and companies
 * alike: an update aims at its target record by id; a create has no id yet and aims at the record of the other CRM
 * that carries the key it was created with (a person's email, a company's domain), held as a fingerprint.
 */
public final class IntentAim {

    private IntentAim() {
    }

    /**
     * Checks that a change of {@code source} is written to the other CRM, and that a create carries its key.
     *
     * @param what what the create makes, for the message: {@code "person"}, {@code "company"}
     * @param key  the name of the key a create is found by, for the message: {@code "email"}, {@code "domain"}
     */
    public static void check(ExternalRef source, Optional<ExternalRef> target, Optional<ValueFingerprint> foundBy,
                             String what, String key) {
        target.ifPresent(t -> {
            if (t.system() != source.system().other()) {
                throw new IllegalArgumentException("a change of " + source + " is written to "
                        + source.system().other() + ", not to " + t);
            }
        });
        if (target.isEmpty() && foundBy.isEmpty()) {
            throw new IllegalArgumentException("a create of " + source + "'s " + what + " must carry the " + key
                    + " it is found by");
        }
    }

    /**
     * Whether a write of {@code source}'s change aims at {@code record}: by id for an update, by the fingerprint of
     * the record's key ({@code recordKey}) for a create.
     */
    public static boolean towards(ExternalRef source, Optional<ExternalRef> target, Optional<ValueFingerprint> foundBy,
                                  ExternalRef record, Optional<ValueFingerprint> recordKey) {
        if (record.system() != source.system().other()) {
            return false;
        }
        if (target.isPresent()) {
            return target.get().equals(record);
        }
        return foundBy.isPresent() && recordKey.equals(foundBy);
    }
}
