package io.leadbridge.hubspot;

import io.leadbridge.core.company.CompanyChange;
import io.leadbridge.core.company.CompanyChangePage;
import io.leadbridge.core.company.CompanySource;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.SearchRequest;
import io.leadbridge.hubspot.client.SearchResponse;
import io.leadbridge.hubspot.client.Sort;
import io.leadbridge.hubspot.mapping.AfterWatermark;
import io.leadbridge.hubspot.mapping.CompanyMapper;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads changed HubSpot companies by one CRM search on {@code hs_lastmodifieddate} (after the watermark, see
 * {@link AfterWatermark}; oldest first), keeping those strictly after the watermark in watermark order. HubSpot
 * orders records of one millisecond arbitrarily, so when the page is full the newest millisecond is held back for
 * the next read (unless it is all the page holds), and no company of that millisecond falls behind the watermark.
 */
public final class HubSpotCompanySource implements CompanySource {

    /** The stream this source reads: {@code hubspot.companies}. */
    public static final StreamId COMPANIES = new StreamId(CrmSystem.HUBSPOT, "companies");

    private final HubSpotClient client;
    private final CompanyMapper mapper;
    private final SearchLag searchLag;

    public HubSpotCompanySource(HubSpotClient client, CompanyMapper mapper) {
        this(client, mapper, SearchLag.NONE);
    }

    /** @param searchLag companies modified more recently than this are left for a later read */
    public HubSpotCompanySource(HubSpotClient client, CompanyMapper mapper, SearchLag searchLag) {
        this.client = Objects.requireNonNull(client, "client");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.searchLag = Objects.requireNonNull(searchLag, "searchLag");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public StreamId stream() {
        return COMPANIES;
    }

    @Override
    public CompanyChangePage readChanges(Watermark since, int max) {
        Objects.requireNonNull(since, "since");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        int limit = Math.min(max, SearchRequest.MAX_LIMIT);
        SearchRequest request = new SearchRequest(
                AfterWatermark.filterGroups(CompanyMapper.LAST_MODIFIED, since),
                List.of(Sort.ascending(CompanyMapper.LAST_MODIFIED)), mapper.properties(), limit, null);
        Instant cutoff = searchLag.cutoff();
        SearchResponse page = client.searchObjects(CrmObjectType.COMPANIES.pathName(), request);
        List<CompanyChange> read = page.results().stream().map(mapper::toChange).flatMap(Optional::stream).toList();
        boolean pastCutoff = read.stream().anyMatch(c -> c.modifiedAt().isAfter(cutoff));
        List<CompanyChange> changes = read.stream()
                .filter(c -> c.position().isAfter(since) && !c.modifiedAt().isAfter(cutoff))
                .sorted(Comparator.comparing(CompanyChange::position)).toList();
        boolean full = page.results().size() >= limit && !pastCutoff;
        if (full && !changes.isEmpty()) {
            Instant newest = changes.get(changes.size() - 1).modifiedAt();
            List<CompanyChange> older = changes.stream().filter(c -> c.modifiedAt().isBefore(newest)).toList();
            if (!older.isEmpty()) {
                changes = older;
            }
        }
        Watermark next = changes.isEmpty() ? since : changes.get(changes.size() - 1).position();
        return new CompanyChangePage(changes, next, full);
    }
}
