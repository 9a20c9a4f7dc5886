package io.leadbridge.core.triage;

import java.util.Optional;

/**
 * Finds who owns the account of a company domain, for the routing rules' account-owner match.
 *
 * <p><b>Matching:</b> {@code domain} is normalised ({@link io.leadbridge.core.company.CompanyDomains}) and compared
 * exactly with each account's website domain; when several accounts match, the most recently modified one counts.
 * <b>Threading:</b> safe for concurrent use. <b>Failures:</b> throws
 * {@link io.leadbridge.core.failure.SyncFailureException} with a classified failure.
 */
public interface AccountOwners {

    /** The owner's email of the account whose website has {@code domain}; empty when none matches. */
    Optional<String> ownerOf(String domain);
}
