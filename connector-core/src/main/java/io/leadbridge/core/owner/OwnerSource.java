package io.leadbridge.core.owner;

import io.leadbridge.core.model.CrmSystem;
import java.util.Map;

/**
 * The users of one CRM who can own records (HubSpot owners, active Salesforce Users), for matching owners across
 * CRMs by email. <b>Results:</b> normalised email → the CRM's owner id ({@code hubspot_owner_id} value, User Id);
 * users without an email are left out; when two share an email, the lowest id. <b>Side effects:</b> none besides
 * API calls. <b>Failures:</b> throws {@link io.leadbridge.core.failure.SyncFailureException}.
 */
public interface OwnerSource {

    CrmSystem system();

    Map<String, String> activeOwnerIdsByEmail();
}
