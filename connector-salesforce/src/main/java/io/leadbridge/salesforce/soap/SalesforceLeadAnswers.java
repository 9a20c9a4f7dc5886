package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.workflow.handoff.LeadAnswers;
import io.leadbridge.salesforce.mapping.SObjectValues;
import io.leadbridge.salesforce.soql.Soql;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an AE's answer from the Lead with one SOQL query: its {@code Status} and the reason field the rules name. A
 * Lead that is gone fails permanently; a field the org lacks comes back as Salesforce's {@code INVALID_FIELD} fault,
 * classified permanent by the session.
 */
public final class SalesforceLeadAnswers implements LeadAnswers {

    private final QueryRunner queries;

    public SalesforceLeadAnswers(SalesforceSession session) {
        this.queries = new QueryRunner(Objects.requireNonNull(session, "session"));
    }

    @Override
    public Answer read(ExternalRef lead, Optional<String> reasonField) {
        String fields = "Id, Status" + reasonField.map(field -> ", " + Soql.name(field)).orElse("");
        List<SObject> rows = queries.query("SELECT " + fields + " FROM Lead WHERE Id = " + Soql.id(lead.id()), 1);
        if (rows.isEmpty()) {
            throw new SyncFailureException(new SyncFailure.Permanent("LEAD_NOT_FOUND", "the Lead " + lead.id()
                    + " is no longer in Salesforce", "", List.of()));
        }
        SObject row = rows.get(0);
        return new Answer(SObjectValues.text(row, "Status").orElse(""),
                reasonField.flatMap(field -> SObjectValues.text(row, field)).orElse(""));
    }
}
