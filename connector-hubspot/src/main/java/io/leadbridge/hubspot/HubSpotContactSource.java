package io.leadbridge.hubspot;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.SearchRequest;
import io.leadbridge.hubspot.client.SearchResponse;
import io.leadbridge.hubspot.mapping.ContactMapper;
import io.leadbridge.hubspot.mapping.ContactSearchRequests;
import io.leadbridge.core.sync.ChangeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Reads changed HubSpot contacts by CRM search on {@code lastmodifieddate}, oldest first, following
 * HubSpot's pages within one call. Archived contacts are not returned (search never shows them).
 *
 * <p>Contacts modified within the {@link SearchLag} are not read yet (HubSpot's search may still miss older
 * ones), nor is anything after them: the read ends there as if HubSpot had no more.
 *
 * <p>When HubSpot has more pages, contacts of the newest millisecond read are held back for the next call
 * (see {@link ChangePage#hasMore()}), so that a same-millisecond contact on a later page cannot fall behind
 * the watermark. A page may therefore hold fewer than {@code maxItems} events while {@code hasMore} is true.
 *
 * <p>One query serves at most 10,000 results: the read stops before that page and the caller restarts from
 * the watermark reached, a new lower bound. Should one millisecond alone hold more than a query can page
 * through (a bulk import), that millisecond is read in {@code hs_object_id} order instead, so ties are broken
 * by id. Searches go through the client's 5-per-second search limiter.
 *
 * <p>A read of more than one page reads the first, then asks for the pages after it side by side, each
 * starting on the last contact of the one before so that contacts moving between the reads are noticed
 * ({@link SearchPagesAhead}); the read then ends at the last page that continued its predecessor.
 */
public final class HubSpotContactSource implements CrmSource {

    /** The one stream this source reads: {@code hubspot.contacts}. */
    public static final StreamId CONTACTS = new StreamId(CrmSystem.HUBSPOT, "contacts");

    static final String OBJECT_TYPE = "contacts";
    /** HubSpot serves at most this many results of one search query. */
    static final int SEARCH_RESULT_CAP = 10_000;

    private final HubSpotClient client;
    private final ContactSearchRequests requests;
    private final ContactMapper mapper;
    private final SearchLag searchLag;
    private final int perSearch;
    private final Executor pages;

    public HubSpotContactSource(HubSpotClient client, FieldMappings mappings) {
        this(client, mappings, Optional.empty(), SearchLag.NONE);
    }

    /** A source whose searches ask for up to 200 contacts, one page after another. */
    public HubSpotContactSource(HubSpotClient client, FieldMappings mappings, Optional<OwnerDirectory> owners,
                                SearchLag searchLag) {
        this(client, mappings, owners, searchLag, SearchRequest.MAX_LIMIT, Runnable::run);
    }

    /**
     * @param owners    HubSpot's owners: {@code hubspot_owner_id} is read as the owner's email
     * @param searchLag contacts modified more recently than this are left for a later read
     * @param perSearch contacts one search asks for, at most HubSpot's 200; a read of more asks for several
     * @param pages     where a read of more than one search asks for the pages after its first, side by side
     *                  ({@link SearchPagesAhead})
     */
    public HubSpotContactSource(HubSpotClient client, FieldMappings mappings, Optional<OwnerDirectory> owners,
                                SearchLag searchLag, int perSearch, Executor pages) {
        if (perSearch < 1) {
            throw new IllegalArgumentException("perSearch must be at least 1, was " + perSearch);
        }
        this.client = Objects.requireNonNull(client, "client");
        this.requests = new ContactSearchRequests(mappings);
        this.mapper = new ContactMapper(mappings, owners);
        this.searchLag = Objects.requireNonNull(searchLag, "searchLag");
        this.perSearch = Math.min(perSearch, SearchRequest.MAX_LIMIT);
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public Set<StreamId> streams() {
        return Set.of(CONTACTS);
    }

    @Override
    public ChangePage readChanges(StreamId stream, Watermark since, int maxItems) {
        checkRead(stream, since, maxItems);
        int limit = Math.min(maxItems, perSearch);
        PolledChanges changes = new PolledChanges(since);
        Map<String, List<ChangeEvent>> merges = new HashMap<>();
        int fetched = 0;
        boolean capped = false;
        Instant cutoff = searchLag.cutoff();
        Optional<String> after = Optional.empty();
        SearchPagesAhead ahead = SearchPagesAhead.none();
        HubSpotObject lastRead = null;
        do {
            SearchResponse page;
            boolean overlapped = ahead.hasNext();
            if (overlapped) {
                Optional<SearchResponse> continued = ahead.next(lastRead);
                if (continued.isEmpty()) {
                    break;
                }
                page = continued.get();
            } else {
                page = search(since, limit, after.orElse(null));
            }
            boolean pastCutoff = false;
            for (HubSpotObject contact : page.results()) {
                if (ContactMapper.modifiedAt(contact.properties(), contact.updatedAt())
                        .filter(modified -> modified.isAfter(cutoff)).isPresent()) {
                    pastCutoff = true;
                    break;
                }
                mapper.toEvent(stream, contact).ifPresent(change -> {
                    changes.add(change);
                    merges.put(change.dedupKey(), mapper.mergedAway(contact, change.modifiedAt()));
                });
            }
            fetched += page.results().size() + (overlapped ? 1 : 0);
            after = pastCutoff ? Optional.empty() : page.nextAfter();
            if (page.results().isEmpty()) {
                break;
            }
            lastRead = page.results().get(page.results().size() - 1);
            capped = after.isPresent() && beyondCap(after.get(), limit);
            if (!overlapped && !capped && after.isPresent() && fetched < maxItems
                    && page.results().size() == limit) {
                ahead = askAhead(since, limit, after.get(), maxItems - fetched, page.total());
            }
        } while (!capped && after.isPresent() && (fetched < maxItems || !changes.anySettled()));
        if (capped && !changes.anySettled()) {
            return sameMillisecond(stream, since, changes.newestSeen().orElse(since.modifiedAt()), limit);
        }
        return withMerges(changes.page(maxItems, after.isPresent()), merges);
    }

    private SearchResponse search(Watermark since, int limit, String after) {
        return client.searchObjects(OBJECT_TYPE, requests.modifiedSince(since, limit, after));
    }

    /** The pages after a full one that the read still wants, asked for side by side; none without an offset. */
    private SearchPagesAhead askAhead(Watermark since, int limit, String nextAfter, int wanted, long total) {
        long nextOffset;
        try {
            nextOffset = Long.parseLong(nextAfter);
        } catch (NumberFormatException notAnOffset) {
            return SearchPagesAhead.none();
        }
        int count = (wanted + limit - 1) / limit;
        return SearchPagesAhead.ask(after -> search(since, limit, after), pages, nextOffset, limit, count, total,
                SEARCH_RESULT_CAP);
    }

    /**
     * HubSpot answers 400 to a page past the first 10,000 results of a query: the read stops before it and
     * the caller restarts from the watermark it reached, a new lower bound.
     */
    private static boolean beyondCap(String after, int limit) {
        try {
            return Long.parseLong(after) + limit > SEARCH_RESULT_CAP;
        } catch (NumberFormatException notAnOffset) {
            return false;
        }
    }

    /** One millisecond holds more contacts than a query can page through: read it in id order instead. */
    private ChangePage sameMillisecond(StreamId stream, Watermark since, Instant millisecond, int limit) {
        SearchResponse page = client.searchObjects(OBJECT_TYPE, requests.sameMillisecond(millisecond, since, limit));
        List<ChangeEvent> events = new ArrayList<>();
        Map<String, List<ChangeEvent>> merges = new HashMap<>();
        for (HubSpotObject contact : page.results()) {
            mapper.toEvent(stream, contact).filter(e -> e.stream().orElseThrow().position().isAfter(since))
                    .ifPresent(change -> {
                        events.add(change);
                        merges.put(change.dedupKey(), mapper.mergedAway(contact, change.modifiedAt()));
                    });
        }
        events.sort(Comparator.comparing(e -> e.stream().orElseThrow().position()));
        if (events.isEmpty()) {
            return new ChangePage(List.of(), since, false);
        }
        return withMerges(new ChangePage(events, events.get(events.size() - 1).stream().orElseThrow().position(),
                true), merges);
    }

    /**
     * Puts the merges each surviving contact records ({@code hs_merged_object_ids}) just before it: they carry no
     * stream position, so the watermark is unchanged, and the worker re-points the merged-away contacts' people
     * before it resolves the survivor.
     */
    private static ChangePage withMerges(ChangePage page, Map<String, List<ChangeEvent>> merges) {
        List<ChangeEvent> events = new ArrayList<>();
        for (ChangeEvent change : page.events()) {
            events.addAll(merges.getOrDefault(change.dedupKey(), List.of()));
            events.add(change);
        }
        return new ChangePage(events, page.next(), page.hasMore());
    }
}
