package io.leadbridge.core.identity;

import io.leadbridge.core.model.CrmSystem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people records of one CRM by email, for identity resolution (pipeline stage 4).
 *
 * <p><b>Matching:</b> {@code normalisedEmail} is already trimmed and lower-cased
 * ({@link io.leadbridge.core.model.EmailAddress#normalise}); implementations match it case-insensitively
 * against the record's primary email (HubSpot {@code email}; Salesforce {@code Lead.Email} and
 * {@code Contact.Email}). Salesforce implementations return Leads and Contacts, and a converted Lead with
 * {@link PersonCandidate#convertedTo()} naming its Contact. Deleted records are not returned.
 *
 * <p><b>Results:</b> every match, in no particular order (the resolver orders them); an empty list when none.
 * Never null. <b>Side effects:</b> none besides API calls; safe to repeat. <b>Threading:</b> safe for
 * concurrent use. <b>Cost:</b> {@link #findByEmails} answers a whole batch of emails in as few calls as the CRM
 * allows (the default asks {@link #findByEmail} once per email); identity resolution looks a drained batch up
 * with it. <b>Failures:</b> a failed lookup throws {@link io.leadbridge.core.failure.SyncFailureException}
 * with a classified failure; nothing is returned partially.
 */
public interface PeopleLookup {

    CrmSystem system();

    List<PersonCandidate> findByEmail(String normalisedEmail);

    /**
     * The matches of every email at once, each as {@link #findByEmail} would return it.
     *
     * @param normalisedEmails trimmed, lower-cased emails
     * @return one entry per requested email (an empty list when none matches), never null
     */
    default Map<String, List<PersonCandidate>> findByEmails(Set<String> normalisedEmails) {
        Map<String, List<PersonCandidate>> found = new LinkedHashMap<>();
        normalisedEmails.forEach(email -> found.put(email, findByEmail(email)));
        return found;
    }
}
