package io.leadbridge.hubspot;

import io.leadbridge.core.company.CompanySink;
import io.leadbridge.core.company.CompanyWrite;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.hubspot.client.BatchInput;
import io.leadbridge.hubspot.client.BatchResult;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.ObjectInput;
import io.leadbridge.hubspot.client.ObjectUpdate;
import io.leadbridge.hubspot.mapping.CompanyMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes companies into HubSpot: updates of known companies in one batch update per call, creates one by one
 * (a create answers with the new id, which a batch create returns in no guaranteed order). A create that fails as
 * a whole is a {@link WriteResult.Failed} for that company only, so the companies before it keep their results.
 */
public final class HubSpotCompanySink implements CompanySink {

    private final HubSpotClient client;
    private final CompanyMapper mapper;

    public HubSpotCompanySink(HubSpotClient client, CompanyMapper mapper) {
        this.client = Objects.requireNonNull(client, "client");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public int maxBatchSize() {
        return BatchInput.MAX_INPUTS;
    }

    @Override
    public List<WriteResult> write(List<CompanyWrite> writes) {
        if (writes.size() > maxBatchSize()) {
            throw new IllegalArgumentException("at most " + maxBatchSize() + " writes per call, got " + writes.size());
        }
        Map<String, WriteResult> updated = update(writes.stream().filter(w -> w.target().isPresent()).toList());
        List<WriteResult> results = new ArrayList<>(writes.size());
        for (CompanyWrite write : writes) {
            results.add(write.target().isPresent() ? updated.get(write.target().get().id()) : create(write));
        }
        return results;
    }

    private Map<String, WriteResult> update(List<CompanyWrite> updates) {
        Map<String, WriteResult> results = new HashMap<>();
        if (updates.isEmpty()) {
            return results;
        }
        List<ObjectUpdate> inputs = updates.stream().map(w -> new ObjectUpdate(w.target().orElseThrow().id(),
                mapper.toProperties(w.changes()))).toList();
        BatchResult<HubSpotObject> answer = client.batchUpdate(CrmObjectType.COMPANIES, new BatchInput<>(inputs));
        answer.results().forEach(c -> results.put(c.id(), new WriteResult.Written(ref(c.id()), false)));
        answer.errors().forEach(error -> error.ids().forEach(id ->
                results.putIfAbsent(id, new WriteResult.Failed(error.failure()))));
        for (CompanyWrite write : updates) {
            results.putIfAbsent(write.target().orElseThrow().id(), new WriteResult.Failed(
                    answer.errors().isEmpty()
                            ? new SyncFailure.Permanent("UNEXPECTED_RESPONSE", "HubSpot returned no result for "
                                    + write.target().get(), "", List.of())
                            : answer.errors().get(0).failure()));
        }
        return results;
    }

    private WriteResult create(CompanyWrite write) {
        try {
            HubSpotObject created = client.createObject(CrmObjectType.COMPANIES,
                    new ObjectInput(mapper.toProperties(write.changes()), List.of()));
            return new WriteResult.Written(ref(created.id()), true);
        } catch (SyncFailureException e) {
            return new WriteResult.Failed(e.failure());
        }
    }

    private static ExternalRef ref(String id) {
        return new ExternalRef(CrmSystem.HUBSPOT, CompanyMapper.OBJECT_TYPE, id);
    }
}
