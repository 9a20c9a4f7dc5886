package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.association.PersonCompanies;
import io.leadbridge.core.failure.SyncFailureException;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.mapping.AccountRecordMapper;
import io.leadbridge.salesforce.mapping.ContactRecordMapper;
import io.leadbridge.salesforce.mapping.SObjectValues;
import io.leadbridge.salesforce.soql.Soql;
import java.util.List;
import java.util.Objects;

/**
 * A Salesforce Contact's Account: its {@code AccountId}, read with one SOQL query and set with one update call. A
 * Lead has no Account and is not supported.
 */
public final class SalesforceContactAccounts implements PersonCompanies {

    private static final String ACCOUNT_ID = "AccountId";

    private final QueryRunner queries;
    private final RecordWriter writer;

    public SalesforceContactAccounts(SalesforceSession session) {
        this.queries = new QueryRunner(session);
        this.writer = new RecordWriter(session, ContactRecordMapper.CONTACT);
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.SALESFORCE;
    }

    @Override
    public boolean supports(ExternalRef person) {
        return person.system() == CrmSystem.SALESFORCE && ContactRecordMapper.CONTACT.equals(person.objectType());
    }

    @Override
    public List<ExternalRef> companiesOf(ExternalRef person) {
        return queries.query("SELECT Id, " + ACCOUNT_ID + " FROM Contact WHERE Id = " + Soql.id(contactId(person)), 1)
                .stream().flatMap(c -> SObjectValues.text(c, ACCOUNT_ID).stream())
                .map(AccountRecordMapper::ref).toList();
    }

    @Override
    public void link(ExternalRef person, ExternalRef company) {
        if (company.system() != CrmSystem.SALESFORCE || !AccountRecordMapper.ACCOUNT.equals(company.objectType())) {
            throw new IllegalArgumentException("not a Salesforce Account: " + company);
        }
        SObject update = new SObject(ContactRecordMapper.CONTACT);
        update.setId(contactId(person));
        update.setField(ACCOUNT_ID, company.id());
        if (writer.update(List.of(update)).get(0) instanceof WriteResult.Failed failed) {
            throw new SyncFailureException(failed.failure());
        }
    }

    private String contactId(ExternalRef person) {
        if (!supports(person)) {
            throw new IllegalArgumentException("not a Salesforce Contact: " + person);
        }
        return person.id();
    }
}
