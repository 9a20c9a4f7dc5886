package io.leadbridge.core.echo;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the connector's own writes coming back from a CRM. A field of an incoming change whose value is
 * exactly what Leadbridge last wrote to that field of that record is an echo: it is not synced back. A field
 * we wrote that now holds another value was overwritten by someone else, and its memory is dropped, unless the
 * change is a version of the record older than the one our write produced (by the CRM's own modification times,
 * when the CRM returned one for our write, else by when Leadbridge read the version and sent the write): such a
 * version shows what our write replaced, or an intermediate step of it (HubSpot's clear-then-set), so the value
 * neither counts as the record's own change nor ends the memory.
 * A value Leadbridge intended to write to the record and has not settled yet ({@link IntendedWrite}: a write in
 * flight, or one the process died in) is an echo too; a create is matched by the email it carried.
 */
public final class EchoSuppression {

    private final OwnWriteStore ownWrites;

    public EchoSuppression(OwnWriteStore ownWrites) {
        this.ownWrites = Objects.requireNonNull(ownWrites, "ownWrites");
    }

    /**
     * @param source     the record the change came from
     * @param modifiedAt the CRM's modification time of this version of the record
     * @param incoming   the record's fields after the change
     */
    public EchoCheck check(ExternalRef source, Instant modifiedAt, Person incoming) {
        return check(source, modifiedAt, Optional.empty(), incoming);
    }

    /**
     * As above, for a version Leadbridge read at {@code readAt} (its own clock): a write sent to the record after
     * that time came after this version, so a value other than ours there predates the write too, when the CRM did
     * not tell the write's version time (Salesforce's upsert).
     */
    public EchoCheck check(ExternalRef source, Instant modifiedAt, Optional<Instant> readAt, Person incoming) {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(readAt, "readAt");
        Map<PersonField, String> echoes = new EnumMap<>(PersonField.class);
        Map<PersonField, String> predating = new EnumMap<>(PersonField.class);
        Set<PersonField> overwritten = EnumSet.noneOf(PersonField.class);
        for (IntendedWrite intended : ownWrites.intendedTowards(source, incoming.get(PersonField.EMAIL))) {
            if (!echoes.containsKey(intended.field())
                    && intended.fingerprint().matches(incoming.get(intended.field()).orElse(""))) {
                echoes.put(intended.field(), "echo: Leadbridge was writing this value to " + source + " at "
                        + intended.intendedAt() + " for a change of " + intended.source()
                        + " not settled yet, so it is not synced back");
            }
        }
        ownWrites.lastWritten(source).forEach((field, write) -> {
            if (echoes.containsKey(field)) {
                return;
            }
            if (write.fingerprint().matches(incoming.get(field).orElse(""))) {
                echoes.put(field, "echo: Leadbridge wrote this value to " + source + " at " + write.writtenAt()
                        + ", so it is not synced back");
            } else if (write.isNewerThan(modifiedAt)) {
                predating.put(field, "older version: this version of " + source + " (" + modifiedAt
                        + ") predates Leadbridge's write of " + field.key() + " (" + write.crmModifiedAt().orElseThrow()
                        + "), so its value is not synced");
            } else if (readAt.filter(read -> write.writtenAt().isAfter(read)).isPresent()) {
                predating.put(field, "older version: this version of " + source + " was read at " + readAt.get()
                        + ", before Leadbridge sent its write of " + field.key() + " (" + write.writtenAt()
                        + "), so its value is not synced");
            } else {
                overwritten.add(field);
            }
        });
        return new EchoCheck(echoes, predating, overwritten);
    }

    /** Drops the memory of fields someone else has overwritten since we wrote them; call once the change is settled. */
    public void settle(ExternalRef source, EchoCheck check) {
        if (!check.overwritten().isEmpty()) {
            ownWrites.forget(source, check.overwritten());
        }
    }
}
