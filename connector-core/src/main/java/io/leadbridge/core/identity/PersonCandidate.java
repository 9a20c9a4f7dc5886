package io.leadbridge.core.identity;

import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A CRM record that holds a given email: a HubSpot {@code contact}, a Salesforce {@code Lead} or {@code Contact}.
 *
 * @param lastModifiedAt the CRM's last-modified time of the record
 * @param convertedTo    for a converted Salesforce Lead, the Contact it became
 */
public record PersonCandidate(ExternalRef ref, Instant lastModifiedAt, Optional<ExternalRef> convertedTo) {

    public PersonCandidate {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
        Objects.requireNonNull(convertedTo, "convertedTo");
        convertedTo.ifPresent(contact -> {
            if (contact.system() != ref.system()) {
                throw new IllegalArgumentException("a record converts within its CRM: " + ref + " to " + contact);
            }
        });
    }

    public static PersonCandidate of(ExternalRef ref, Instant lastModifiedAt) {
        return new PersonCandidate(ref, lastModifiedAt, Optional.empty());
    }
}
