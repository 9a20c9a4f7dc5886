package io.leadbridge.app.admin;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.LeadSchemaExpectationsFactory;
import io.leadbridge.app.flow.HubSpotStartupCheck;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.salesforce.SalesforceAdapter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Re-runs the start-up checks on demand: the HubSpot portal has every mapped contact property and status value,
 * and the Salesforce org's Lead has every mapped field, the external-id field and every Lead.Status value. Each
 * check is one API call and doubles as the connectivity test of that CRM.
 */
public class SettingsCheck {

    public static final String HUBSPOT = "hubspot";
    public static final String SALESFORCE = "salesforce";

    private final Supplier<Optional<HubSpotStartupCheck>> hubspot;
    private final Supplier<Optional<SalesforceAdapter>> salesforce;
    private final ConnectorProperties properties;
    private final Clock clock;

    /**
     * Takes the CRM beans as suppliers, asked at each check, so that building this check does not change the order in
     * which the start-up validates the CRMs.
     */
    public SettingsCheck(Supplier<Optional<HubSpotStartupCheck>> hubspot,
                         Supplier<Optional<SalesforceAdapter>> salesforce, ConnectorProperties properties, Clock clock) {
        this.hubspot = hubspot;
        this.salesforce = salesforce;
        this.properties = properties;
        this.clock = clock;
    }

    public List<CheckResult> all() {
        return List.of(hubspot(), salesforce());
    }

    public CheckResult hubspot() {
        Optional<HubSpotStartupCheck> check = hubspot.get();
        if (check.isEmpty()) {
            return notConfigured(HUBSPOT);
        }
        return run(HUBSPOT, () -> check.get().run(),
                "portal reachable; every mapped contact property and status value exists");
    }

    public CheckResult salesforce() {
        Optional<SalesforceAdapter> adapter = salesforce.get();
        if (adapter.isEmpty()) {
            return notConfigured(SALESFORCE);
        }
        return run(SALESFORCE, () -> adapter.get().checkLeadSchema(LeadSchemaExpectationsFactory.from(properties)),
                "org reachable; Lead has every mapped field, the external-id field and every status value");
    }

    private CheckResult run(String crm, Runnable check, String success) {
        try {
            check.run();
            return new CheckResult(crm, CheckResult.Status.OK, success, List.of(), clock.instant());
        } catch (InvalidConfigurationException mismatch) {
            return failed(crm, "the mapping does not match the CRM", mismatch.problems());
        } catch (SyncFailureException unreachable) {
            return failed(crm, "the CRM could not be asked",
                    List.of(unreachable.failure().code() + ": " + unreachable.failure().message()));
        } catch (RuntimeException unexpected) {
            return failed(crm, "the check failed", List.of(unexpected.getClass().getSimpleName() + ": "
                    + unexpected.getMessage()));
        }
    }

    private CheckResult failed(String crm, String summary, List<String> problems) {
        return new CheckResult(crm, CheckResult.Status.FAILED, summary, problems, clock.instant());
    }

    private CheckResult notConfigured(String crm) {
        return new CheckResult(crm, CheckResult.Status.NOT_CONFIGURED, "no " + crm + " connection is configured",
                List.of(), clock.instant());
    }
}
