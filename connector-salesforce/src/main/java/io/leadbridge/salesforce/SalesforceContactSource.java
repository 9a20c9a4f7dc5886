package io.leadbridge.salesforce;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.mapping.LeadChangeMapper;
import io.leadbridge.salesforce.soap.QueryRunner;
import io.leadbridge.salesforce.soql.ChangeQuery;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the {@code salesforce.contacts} stream: changed Contacts by SOQL on {@code SystemModstamp} (ties broken by
 * Id), with the mapped person fields a Contact holds. A Contact a Lead was converted into appears here as a change
 * of its own, which is how the person's link moves from the Lead to the Contact. Deleted Contacts are not read.
 *
 * <p><b>Cost.</b> One {@code query} per page (up to {@code maxItems} rows).
 */
public final class SalesforceContactSource implements CrmSource {

    /** The stream of Contact changes. */
    public static final StreamId CONTACTS = new StreamId(CrmSystem.SALESFORCE, "contacts");

    private final QueryRunner queries;
    private final LeadChangeMapper mapper;

    SalesforceContactSource(QueryRunner queries, LeadChangeMapper mapper) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public Set<StreamId> streams() {
        return Set.of(CONTACTS);
    }

    @Override
    public ChangePage readChanges(StreamId stream, Watermark since, int maxItems) {
        checkRead(stream, since, maxItems);
        String soql = ChangeQuery.of(mapper.objectType(), mapper.selectFields(), since, maxItems).toSoql();
        List<ChangeEvent> events = queries.query(soql, maxItems).stream()
                .map(contact -> mapper.toUpsert(CONTACTS, contact)).toList();
        Watermark next = events.isEmpty() ? since : events.get(events.size() - 1).stream().orElseThrow().position();
        return new ChangePage(events, next, events.size() >= maxItems);
    }
}
