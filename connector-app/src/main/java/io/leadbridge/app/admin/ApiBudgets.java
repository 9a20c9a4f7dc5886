package io.leadbridge.app.admin;

import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.hubspot.HubSpotBudget;
import io.leadbridge.salesforce.ApiBudget;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Each connected vendor's API budget, from the adapters' own budget objects. */
public class ApiBudgets {

    private final Supplier<Optional<HubSpotAdapter>> hubspot;
    private final Supplier<Optional<SalesforceAdapter>> salesforce;
    private final double salesforceShare;

    /** Takes the adapters as suppliers, asked at each read, so that the start-up keeps its own order. */
    public ApiBudgets(Supplier<Optional<HubSpotAdapter>> hubspot, Supplier<Optional<SalesforceAdapter>> salesforce,
                      double salesforceShare) {
        this.hubspot = hubspot;
        this.salesforce = salesforce;
        this.salesforceShare = salesforceShare;
    }

    public List<ApiBudgetUse> all() {
        List<ApiBudgetUse> all = new ArrayList<>();
        hubspot.get().map(adapter -> hubspot(adapter.budget())).ifPresent(all::add);
        salesforce.get().map(adapter -> salesforce(adapter.budget())).ifPresent(all::add);
        return all;
    }

    private static ApiBudgetUse hubspot(HubSpotBudget budget) {
        return new ApiBudgetUse(SettingsCheck.HUBSPOT, budget.used(), budget.limit(), budget.share(), budget.held());
    }

    private ApiBudgetUse salesforce(ApiBudget budget) {
        return new ApiBudgetUse(SettingsCheck.SALESFORCE, budget.lastUsage().map(usage -> usage.used()),
                budget.lastUsage().map(usage -> usage.limit()), salesforceShare,
                budget.lastUsage().map(usage -> usage.fraction() >= salesforceShare).orElse(false));
    }
}
