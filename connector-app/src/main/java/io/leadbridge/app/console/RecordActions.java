package io.leadbridge.app.console;

import io.leadbridge.app.api.CurrentRecords;
import io.leadbridge.core.engine.DryRun;
import io.leadbridge.core.engine.Resync;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.ChangeEvent;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's dry run and resync of one record, a HubSpot contact or a Salesforce Lead by id, through the same
 * core services as {@code POST /api/dry-run} and {@code /api/resync}. They read the CRMs, so they exist only in
 * live mode; elsewhere {@link #available()} is false and the pages hide the forms.
 */
@Component
class RecordActions {

    private final ObjectProvider<CurrentRecords> current;
    private final ObjectProvider<DryRun> dryRun;
    private final ObjectProvider<Resync> resync;

    RecordActions(ObjectProvider<CurrentRecords> current, ObjectProvider<DryRun> dryRun,
                  ObjectProvider<Resync> resync) {
        this.current = current;
        this.dryRun = dryRun;
        this.resync = resync;
    }

    boolean available() {
        return current.getIfAvailable() != null && dryRun.getIfAvailable() != null;
    }

    PlannedWrite plan(String system, String recordId) {
        ChangeEvent event = currentVersion(system, recordId).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + describe(system)
                        + " " + recordId.strip()));
        return PlannedWrite.of(live(dryRun).plan(event));
    }

    Resync.Report resync(String system, String recordId) {
        List<ChangeEvent> events = currentVersion(system, recordId);
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + describe(system) + " " + recordId.strip());
        }
        return live(resync).push(events);
    }

    private List<ChangeEvent> currentVersion(String system, String recordId) {
        if (recordId == null || recordId.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "recordId is required");
        }
        CurrentRecords records = live(current);
        return switch (system(system)) {
            case HUBSPOT -> records.hubspotContact(recordId.strip());
            case SALESFORCE -> records.salesforceLead(recordId.strip());
        };
    }

    private static CrmSystem system(String value) {
        try {
            return CrmSystem.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "system must be HUBSPOT (a contact id) or "
                    + "SALESFORCE (a Lead id), was '" + value + "'", unknown);
        }
    }

    private static String describe(String system) {
        return system(system) == CrmSystem.HUBSPOT ? "HubSpot contact" : "Salesforce Lead";
    }

    private static <T> T live(ObjectProvider<T> bean) {
        T service = bean.getIfAvailable();
        if (service == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "dry run and resync read the CRMs, so they "
                    + "need the app in live mode");
        }
        return service;
    }
}
