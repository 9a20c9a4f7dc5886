package io.leadbridge.salesforce.soap;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.salesforce.mapping.EventRecordMapper;
import io.leadbridge.salesforce.mapping.TaskRecordMapper;
import io.leadbridge.salesforce.soql.Soql;
import java.util.Optional;

/**
 * Finds the Task (or, for a mirrored meeting, the Event) on a Lead or Contact whose Description names a Leadbridge
 * key, newest first: after a create whose
 * answer was lost, it tells whether the create happened. Comments are a long text area, which SOQL cannot filter
 * on, so the person's most recent Tasks are read and searched here.
 */
public final class TaskByKey {

    /** Tasks read on one person; a create whose answer was lost is among the newest. */
    private static final int MAX_TASKS_READ = 200;

    private final QueryRunner queries;

    public TaskByKey(SalesforceSession session) {
        this.queries = new QueryRunner(session);
    }

    /**
     * @param whoId   the Lead or Contact the Task is on
     * @param subject only Tasks with exactly this subject, when present
     */
    public Optional<ExternalRef> find(String whoId, String key, Optional<String> subject) {
        return find(TaskRecordMapper.TASK, whoId, key, subject);
    }

    /** The Event on {@code whoId} whose Description names {@code key}. */
    public Optional<ExternalRef> findEvent(String whoId, String key) {
        return find(EventRecordMapper.EVENT, whoId, key, Optional.empty());
    }

    private Optional<ExternalRef> find(String sObjectType, String whoId, String key, Optional<String> subject) {
        String soql = "SELECT Id, Description FROM " + sObjectType + " WHERE WhoId = " + Soql.id(whoId)
                + subject.map(s -> " AND Subject = " + Soql.text(s)).orElse("")
                + " ORDER BY CreatedDate DESC, Id DESC";
        String label = IdempotencyKeys.label(key);
        return queries.query(soql, MAX_TASKS_READ).stream()
                .filter(record -> String.valueOf(record.getField("Description")).contains(label)).findFirst()
                .map(record -> new ExternalRef(CrmSystem.SALESFORCE, sObjectType, record.getId()));
    }
}
