package io.leadbridge.core.echo;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.PersonField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One field value Leadbridge is about to write into the other CRM for a change of {@code source}, remembered before
 * the write is sent: if the process dies after the CRM stored the write but before Leadbridge settled it, the
 * written record's read-back is still recognised as our own write and not taken for a change of its own.
 *
 * @param source     the record whose change is being written
 * @param target     the record being updated; empty for a create, which {@code email} then identifies
 * @param email      the fingerprint of the email the write carries, normalised ({@link #emailFingerprint}); for a
 *                   create it is how the new record is found
 * @param intendedAt when the write was about to be sent, in Leadbridge's clock
 */
public record IntendedWrite(ExternalRef source, Optional<ExternalRef> target, Optional<ValueFingerprint> email,
                            PersonField field, ValueFingerprint fingerprint, Instant intendedAt) {

    public IntendedWrite {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(intendedAt, "intendedAt");
        IntentAim.check(source, target, email, "person", "email");
    }

    /** How an email is held: the fingerprint of its normalised form, so that no address is stored. */
    public static ValueFingerprint emailFingerprint(String email) {
        return ValueFingerprint.of(EmailAddress.normalise(email));
    }

    /** Every value of one write, as intended writes. */
    public static List<IntendedWrite> of(ExternalRef source, Optional<ExternalRef> target,
                                         Map<PersonField, String> values, Instant intendedAt) {
        Optional<ValueFingerprint> email = Optional.ofNullable(values.get(PersonField.EMAIL))
                .filter(e -> !e.isBlank()).map(IntendedWrite::emailFingerprint);
        List<IntendedWrite> intended = new ArrayList<>();
        values.forEach((field, value) -> intended.add(new IntendedWrite(source, target, email, field,
                ValueFingerprint.of(value), intendedAt)));
        return intended;
    }

    /** The CRM the value is written to. */
    public CrmSystem targetSystem() {
        return source.system().other();
    }

    /** Whether this write aims at {@code record}: by id for an update, by {@code recordEmail} for a create. */
    public boolean towards(ExternalRef record, Optional<String> recordEmail) {
        return IntentAim.towards(source, target, email, record,
                recordEmail.filter(e -> !e.isBlank()).map(IntendedWrite::emailFingerprint));
    }
}
