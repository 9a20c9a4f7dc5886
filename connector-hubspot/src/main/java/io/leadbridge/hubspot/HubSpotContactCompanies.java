package io.leadbridge.hubspot;

import io.leadbridge.core.association.PersonCompanies;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.hubspot.client.AssociatedRecord;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.mapping.CompanyMapper;
import io.leadbridge.hubspot.mapping.ContactMapper;
import java.util.List;
import java.util.Objects;

/**
 * A contact's companies through the associations API v4: the first page (up to 500) of the contact's company
 * associations, and {@code PUT .../associations/default/companies/{id}} to add the unlabeled default one, which
 * HubSpot answers the same when the pair is already associated.
 */
public final class HubSpotContactCompanies implements PersonCompanies {

    private static final int PAGE = 500;

    private final HubSpotClient client;

    HubSpotContactCompanies(HubSpotClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public boolean supports(ExternalRef person) {
        return person.system() == CrmSystem.HUBSPOT && ContactMapper.OBJECT_TYPE.equals(person.objectType());
    }

    @Override
    public List<ExternalRef> companiesOf(ExternalRef person) {
        return client.associations(CrmObjectType.CONTACTS, contactId(person), CrmObjectType.COMPANIES, PAGE, null)
                .results().stream().map(AssociatedRecord::toObjectId)
                .map(id -> new ExternalRef(CrmSystem.HUBSPOT, CompanyMapper.OBJECT_TYPE, id)).toList();
    }

    @Override
    public void link(ExternalRef person, ExternalRef company) {
        if (company.system() != CrmSystem.HUBSPOT || !CompanyMapper.OBJECT_TYPE.equals(company.objectType())) {
            throw new IllegalArgumentException("not a HubSpot company: " + company);
        }
        client.associateDefault(CrmObjectType.CONTACTS, contactId(person), CrmObjectType.COMPANIES, company.id());
    }

    private String contactId(ExternalRef person) {
        if (!supports(person)) {
            throw new IllegalArgumentException("not a HubSpot contact: " + person);
        }
        return person.id();
    }
}
