package io.leadbridge.hubspot;

import io.leadbridge.core.company.AccountCandidate;
import io.leadbridge.core.company.AccountLookup;
import io.leadbridge.core.company.CompanyChange;
import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.Filter;
import io.leadbridge.hubspot.client.FilterGroup;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.SearchRequest;
import io.leadbridge.hubspot.mapping.CompanyMapper;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * HubSpot companies by domain for company matching: one search for the domain as stored and one for it with
 * {@code www.} (up to {@value #MAX_RESULTS} each), kept when the stored domain normalises to the one asked for.
 */
public final class HubSpotCompanyLookup implements AccountLookup {

    static final int MAX_RESULTS = 10;

    private final HubSpotClient client;
    private final CompanyMapper mapper;
    private final String domainProperty;

    public HubSpotCompanyLookup(HubSpotClient client, CompanyMapper mapper) {
        this.client = Objects.requireNonNull(client, "client");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.domainProperty = mapper.propertyOf(CompanyField.DOMAIN).orElseThrow(() -> new IllegalArgumentException(
                "companies are matched by domain, so the domain field must be mapped to a HubSpot property"));
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public List<AccountCandidate> findByDomain(String normalisedDomain) {
        SearchRequest request = new SearchRequest(List.of(
                new FilterGroup(List.of(Filter.equalTo(domainProperty, normalisedDomain))),
                new FilterGroup(List.of(Filter.equalTo(domainProperty, "www." + normalisedDomain)))),
                List.of(), mapper.properties(), MAX_RESULTS, null);
        return client.searchObjects(CrmObjectType.COMPANIES.pathName(), request).results().stream()
                .filter(c -> !c.archived())
                .filter(c -> CompanyDomains.fromWebsite(c.properties().get(domainProperty))
                        .filter(normalisedDomain::equals).isPresent())
                .map(c -> new AccountCandidate(new ExternalRef(CrmSystem.HUBSPOT, CompanyMapper.OBJECT_TYPE, c.id()),
                        normalisedDomain, modifiedAt(c)))
                .toList();
    }

    private Instant modifiedAt(HubSpotObject company) {
        return mapper.toChange(company).map(CompanyChange::modifiedAt)
                .or(() -> Optional.ofNullable(company.updatedAt())).orElse(Instant.EPOCH);
    }
}
