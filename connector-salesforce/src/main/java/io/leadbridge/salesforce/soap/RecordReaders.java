package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.Owner;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.salesforce.ChangedRecords;
import io.leadbridge.salesforce.OpportunityStage;
import io.leadbridge.salesforce.SalesforceAccount;
import io.leadbridge.salesforce.SalesforceActivity;
import io.leadbridge.salesforce.mapping.RecordMappers;
import io.leadbridge.salesforce.soql.ChangeQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Typed incremental reads of the objects around a Lead: Contacts, Accounts, Tasks, Events and Opportunity stages,
 * each on {@code SystemModstamp} with the Id tie-break (one query of up to 2,000 rows per page), and the active
 * Users for owner mapping by email. Results are vendor-free; see {@link RecordMappers} for the fields read.
 */
public final class RecordReaders {

    /** The stream a Contact change belongs to. */
    public static final StreamId CONTACTS = new StreamId(CrmSystem.SALESFORCE, "contacts");

    private final QueryRunner queries;

    public RecordReaders(SalesforceSession session) {
        this.queries = new QueryRunner(Objects.requireNonNull(session, "session"));
    }

    public ChangedRecords<ChangeEvent> contacts(Watermark since, int max) {
        return read("Contact", RecordMappers.CONTACT_FIELDS, since, max, c -> RecordMappers.contact(CONTACTS, c),
                e -> e.stream().orElseThrow().position());
    }

    public ChangedRecords<SalesforceAccount> accounts(Watermark since, int max) {
        return read("Account", RecordMappers.ACCOUNT_FIELDS, since, max, RecordMappers::account,
                a -> new Watermark(a.modifiedAt(), a.ref().id()));
    }

    public ChangedRecords<SalesforceActivity> tasks(Watermark since, int max) {
        return read("Task", RecordMappers.TASK_FIELDS, since, max, RecordMappers::task, RecordReaders::position);
    }

    public ChangedRecords<SalesforceActivity> events(Watermark since, int max) {
        return read("Event", RecordMappers.EVENT_FIELDS, since, max, RecordMappers::event, RecordReaders::position);
    }

    /** The named Tasks as they are now, one query per 200 ids; Tasks the org no longer has are left out. */
    public List<SalesforceActivity> tasksById(List<String> ids) {
        return queries.byIds("Task", RecordMappers.TASK_FIELDS, ids).stream().map(RecordMappers::task).toList();
    }

    /** The named Events as they are now, one query per 200 ids; Events the org no longer has are left out. */
    public List<SalesforceActivity> eventsById(List<String> ids) {
        return queries.byIds("Event", RecordMappers.EVENT_FIELDS, ids).stream().map(RecordMappers::event).toList();
    }

    public ChangedRecords<OpportunityStage> opportunityStages(Watermark since, int max) {
        return read("Opportunity", RecordMappers.OPPORTUNITY_FIELDS, since, max, RecordMappers::opportunity,
                o -> new Watermark(o.modifiedAt(), o.ref().id()));
    }

    /** Every active user with an email, for mapping owners across CRMs by email. */
    public List<Owner> activeUsers() {
        String soql = "SELECT Id, " + String.join(", ", RecordMappers.USER_FIELDS)
                + " FROM User WHERE IsActive = true ORDER BY Id";
        List<Owner> owners = new ArrayList<>();
        queries.query(soql, Integer.MAX_VALUE).forEach(user -> RecordMappers.owner(user).ifPresent(owners::add));
        return owners;
    }

    private <T> ChangedRecords<T> read(String object, List<String> fields, Watermark since, int max,
                                       Function<SObject, T> mapper, Function<T, Watermark> position) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        List<T> records = queries.query(ChangeQuery.of(object, fields, since, max).toSoql(), max).stream()
                .map(mapper).toList();
        Watermark next = records.isEmpty() ? since : position.apply(records.get(records.size() - 1));
        return new ChangedRecords<>(records, next, records.size() >= max);
    }

    private static Watermark position(SalesforceActivity activity) {
        return new Watermark(activity.modifiedAt(), activity.ref().id());
    }
}
