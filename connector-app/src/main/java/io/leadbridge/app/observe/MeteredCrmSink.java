package io.leadbridge.app.observe;

import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.WriteResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;

/**
 * Counts every record written to a CRM as {@code leadbridge.crm.writes} by vendor, object and outcome
 * ({@code created}, {@code updated}, {@code failed}, {@code call_failed} when the whole call threw), then hands the
 * results back unchanged.
 */
final class MeteredCrmSink implements CrmSink {

    static final String METER = "leadbridge.crm.writes";

    private final CrmSink delegate;
    private final MeterRegistry registry;
    private final String vendor;

    MeteredCrmSink(CrmSink delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        this.vendor = delegate.system().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public CrmSystem system() {
        return delegate.system();
    }

    @Override
    public int maxBatchSize() {
        return delegate.maxBatchSize();
    }

    @Override
    public List<WriteResult> upsertPeople(List<PersonWrite> writes) {
        List<WriteResult> results;
        try {
            results = delegate.upsertPeople(writes);
        } catch (SyncFailureException failed) {
            writes.forEach(write -> count(objectOf(write), "call_failed"));
            throw failed;
        }
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof WriteResult.Written written) {
                count(written.target().objectType(), written.created() ? "created" : "updated");
            } else {
                count(objectOf(writes.get(i)), "failed");
            }
        }
        return results;
    }

    private void count(String object, String outcome) {
        registry.counter(METER, "vendor", vendor, "object", object, "outcome", outcome).increment();
    }

    private static String objectOf(PersonWrite write) {
        return write.target().map(target -> target.objectType()).orElse("new");
    }
}
