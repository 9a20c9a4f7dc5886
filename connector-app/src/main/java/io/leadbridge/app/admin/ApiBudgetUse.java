package io.leadbridge.app.admin;

import java.util.Optional;

/**
 * A vendor's daily API calls as last reported, against the share this connector may use.
 *
 * @param used      calls used today (HubSpot) or in the rolling 24 hours (Salesforce); empty until a response said
 * @param limit     the account's or org's whole daily allocation; empty until a response said
 * @param share     the configured share of {@code limit} the connector may use
 * @param held      whether calls are held now because the share is used up
 */
public record ApiBudgetUse(String crm, Optional<Long> used, Optional<Long> limit, double share, boolean held) {

    /** The calls this connector may use: {@code floor(limit * share)}. */
    public Optional<Long> allocated() {
        return limit.map(total -> (long) Math.floor(total * share));
    }
}
