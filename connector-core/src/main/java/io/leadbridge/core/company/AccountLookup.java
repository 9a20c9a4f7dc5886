package io.leadbridge.core.company;

import io.leadbridge.core.model.CrmSystem;
import java.util.List;

/**
 * Finds the company records of one CRM by domain, for lead-to-account matching (pipeline stage 4).
 *
 * <p><b>Matching:</b> {@code normalisedDomain} comes from {@link CompanyDomains}; implementations compare it with
 * each record's domain normalised the same way (HubSpot company {@code domain}; Salesforce {@code Account.Website}
 * through {@link CompanyDomains#fromWebsite}), exactly, not by suffix. Deleted records are not returned.
 *
 * <p><b>Results:</b> every match in no particular order (the matcher orders them); an empty list when none; never
 * null. <b>Side effects:</b> none besides API calls. <b>Threading:</b> safe for concurrent use.
 * <b>Failures:</b> throws {@link io.leadbridge.core.failure.SyncFailureException} with a classified failure.
 */
public interface AccountLookup {

    CrmSystem system();

    List<AccountCandidate> findByDomain(String normalisedDomain);
}
