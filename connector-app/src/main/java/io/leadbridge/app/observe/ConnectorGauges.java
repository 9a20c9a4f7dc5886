package io.leadbridge.app.observe;

import io.leadbridge.app.admin.ApiBudgetUse;
import io.leadbridge.app.admin.ApiBudgets;
import io.leadbridge.app.admin.SettingsCheck;
import io.leadbridge.app.admin.SyncHealth;
import io.leadbridge.core.port.ChangeInbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Optional;
import java.util.function.Function;

/**
 * Queue depth and API budget, read at each scrape: {@code leadbridge.inbox.pending}, {@code leadbridge.errors.open},
 * and per vendor {@code leadbridge.api.budget.used} and {@code leadbridge.api.budget.allocated} (NaN until the vendor
 * reported its usage).
 */
class ConnectorGauges implements MeterBinder {

    private final ChangeInbox inbox;
    private final SyncHealth health;
    private final ApiBudgets budgets;

    ConnectorGauges(ChangeInbox inbox, SyncHealth health, ApiBudgets budgets) {
        this.inbox = inbox;
        this.health = health;
        this.budgets = budgets;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("leadbridge.inbox.pending", inbox, ChangeInbox::pendingCount)
                .description("changes stored and not settled yet").register(registry);
        Gauge.builder("leadbridge.errors.open", health, SyncHealth::openErrors)
                .description("errors in the error queue nobody resolved or dismissed").register(registry);
        for (String vendor : new String[] {SettingsCheck.HUBSPOT, SettingsCheck.SALESFORCE}) {
            Gauge.builder("leadbridge.api.budget.used", budgets, all -> budgetOf(all, vendor, ApiBudgetUse::used))
                    .tag("vendor", vendor).description("daily API calls used, as last reported").register(registry);
            Gauge.builder("leadbridge.api.budget.allocated", budgets,
                            all -> budgetOf(all, vendor, ApiBudgetUse::allocated))
                    .tag("vendor", vendor).description("daily API calls this connector may use").register(registry);
        }
    }

    private static double budgetOf(ApiBudgets budgets, String vendor, Function<ApiBudgetUse, Optional<Long>> value) {
        return budgets.all().stream().filter(budget -> budget.crm().equals(vendor)).findFirst()
                .flatMap(value).map(Long::doubleValue).orElse(Double.NaN);
    }
}
