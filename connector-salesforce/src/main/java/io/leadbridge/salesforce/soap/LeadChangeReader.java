package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.DeletedRecord;
import com.sforce.soap.partner.GetDeletedResult;
import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.DeletionWindow;
import io.leadbridge.salesforce.mapping.LeadChangeMapper;
import io.leadbridge.salesforce.mapping.LeadRecordMapper;
import io.leadbridge.salesforce.mapping.SObjectValues;
import io.leadbridge.salesforce.soql.ChangeQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The three reads behind the Lead stream: changed Leads, deleted Leads in the recycle bin, getDeleted. Built with
 * {@link LeadChangeMapper#forContacts} it makes the same reads of Contacts, for the Contact stream.
 */
public final class LeadChangeReader {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final int IDS_PER_QUERY = QueryRunner.IDS_PER_QUERY;

    private final SalesforceSession session;
    private final QueryRunner queries;
    private final LeadChangeMapper mapper;

    public LeadChangeReader(SalesforceSession session, LeadChangeMapper mapper) {
        this.session = Objects.requireNonNull(session, "session");
        this.queries = new QueryRunner(session);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** Leads changed after {@code since}, in watermark order, at most {@code max}. */
    public List<ChangeEvent> changed(StreamId stream, Watermark since, int max) {
        String soql = ChangeQuery.of(mapper.objectType(), mapper.selectFields(), since, max).toSoql();
        return queries.query(soql, max).stream().map(lead -> mapper.toUpsert(stream, lead)).toList();
    }

    /**
     * The current version of each named Lead, one SOQL query per 200 ids; Leads the org no longer has (deleted,
     * merged away) are left out.
     */
    public List<ChangeEvent> current(List<String> leadIds) {
        return queries.byIds(LeadRecordMapper.LEAD, mapper.selectFields(), leadIds).stream()
                .map(lead -> mapper.toUnstreamedUpsert(lead)).toList();
    }

    /** How many Leads the org holds (one {@code SELECT COUNT()} call). */
    public int countLeads() {
        return queries.count("SELECT COUNT() FROM " + LeadRecordMapper.LEAD);
    }

    /** The SOQL of a Bulk API read of every Lead after {@code since}, in watermark order. */
    public String bulkSoql(Watermark since) {
        return ChangeQuery.all(LeadRecordMapper.LEAD, mapper.selectFields(), since).toSoql();
    }

    /** Bulk API rows as change events. */
    public List<ChangeEvent> fromBulkRows(StreamId stream, List<java.util.Map<String, String>> rows) {
        return rows.stream().map(row -> mapper.toUpsert(stream, row)).toList();
    }

    /** Leads deleted after {@code since} that are still in the recycle bin ({@code queryAll}), in watermark order. */
    public List<ChangeEvent> deletedInRecycleBin(StreamId stream, Watermark since, int max) {
        String soql = ChangeQuery.of(mapper.objectType(), List.of(LeadChangeMapper.MASTER_RECORD_ID), since, max)
                .deletedOnly().toSoql();
        return queries.queryAll(soql, max).stream().map(lead -> mapper.toDelete(stream, lead)).toList();
    }

    /**
     * {@code getDeleted} for Leads between {@code start} and {@code end}, then one {@code queryAll} per 200 deleted
     * ids for their {@code MasterRecordId}: a Lead merged away names the Lead that survived, and its deletion is
     * a merge. A Lead already purged from the recycle bin is a plain deletion.
     */
    public DeletionWindow deletedBetween(StreamId stream, Instant start, Instant end) {
        GetDeletedResult result = session.call(c -> c.getDeleted(mapper.objectType(), calendar(start), calendar(end)));
        List<ChangeEvent> deletions = new ArrayList<>();
        if (result.getDeletedRecords() != null) {
            List<DeletedRecord> records = List.of(result.getDeletedRecords());
            Map<String, String> masters = masters(records.stream().map(DeletedRecord::getId).toList());
            for (DeletedRecord record : records) {
                deletions.add(mapper.deleted(stream, record.getId(), record.getDeletedDate().toInstant(),
                        Optional.ofNullable(masters.get(record.getId()))));
            }
        }
        return new DeletionWindow(deletions, result.getEarliestDateAvailable().toInstant(),
                result.getLatestDateCovered().toInstant());
    }

    /** The {@code MasterRecordId} of each deleted Lead that has one, by Lead id. */
    private Map<String, String> masters(List<String> deletedIds) {
        Map<String, String> masters = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(deletedIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String soql = ChangeQuery.byIds(mapper.objectType(), List.of(LeadChangeMapper.MASTER_RECORD_ID), chunk);
            for (SObject lead : queries.queryAll(soql, chunk.size())) {
                SObjectValues.text(lead, LeadChangeMapper.MASTER_RECORD_ID)
                        .ifPresent(master -> masters.put(lead.getId(), master));
            }
        }
        return masters;
    }

    private static Calendar calendar(Instant instant) {
        Calendar calendar = new GregorianCalendar(UTC);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
