package io.leadbridge.hubspot;

import io.leadbridge.hubspot.client.HubSpotObject;
import io.leadbridge.hubspot.client.SearchResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages of one search query asked for side by side, so that a read of several pages waits for HubSpot's answers
 * once instead of once per page. HubSpot's {@code after} is an offset into the query's results; a result that
 * changes between two page reads leaves its place (it is modified later than the query's last result now), and
 * the results after it move up by one. So each page starts on the last result of the page before it: a page
 * whose first result is not that one has seen the results move, and it and every page after it are dropped; the
 * read ends there and the next read starts again from the watermark it reached.
 */
final class SearchPagesAhead {

    private static final Logger log = LoggerFactory.getLogger(SearchPagesAhead.class);

    private final Deque<CompletableFuture<SearchResponse>> pages;

    private SearchPagesAhead(Deque<CompletableFuture<SearchResponse>> pages) {
        this.pages = pages;
    }

    /** No pages asked for. */
    static SearchPagesAhead none() {
        return new SearchPagesAhead(new ArrayDeque<>());
    }

    /**
     * Asks for up to {@code count} pages of {@code limit} results after a full page, the first at
     * {@code nextOffset - 1}, none past the query's {@code total} results nor past {@code cap}, each on
     * {@code executor}.
     *
     * @param search the query, given the offset to read from
     */
    static SearchPagesAhead ask(Function<String, SearchResponse> search, Executor executor, long nextOffset,
                                int limit, int count, long total, int cap) {
        Deque<CompletableFuture<SearchResponse>> asked = new ArrayDeque<>();
        long start = nextOffset - 1;
        for (int page = 0; page < count && start + 1 < total && start + limit <= cap; page++) {
            String after = Long.toString(start);
            try {
                asked.add(CompletableFuture.supplyAsync(() -> search.apply(after), executor));
            } catch (RejectedExecutionException stopping) {
                break;
            }
            start += limit - 1;
        }
        return new SearchPagesAhead(asked);
    }

    boolean hasNext() {
        return !pages.isEmpty();
    }

    /**
     * The next page without its first result, when that is {@code lastRead}; empty, dropping the pages left,
     * when it is not or when its search failed.
     */
    Optional<SearchResponse> next(HubSpotObject lastRead) {
        Optional<SearchResponse> page = answered(pages.poll());
        if (page.isEmpty() || page.get().results().isEmpty()
                || !page.get().results().get(0).id().equals(lastRead.id())) {
            pages.clear();
            return Optional.empty();
        }
        List<HubSpotObject> results = page.get().results();
        return Optional.of(new SearchResponse(page.get().total(), results.subList(1, results.size()),
                page.get().paging()));
    }

    private static Optional<SearchResponse> answered(CompletableFuture<SearchResponse> page) {
        try {
            return Optional.of(page.join());
        } catch (CompletionException | CancellationException failed) {
            Throwable cause = failed.getCause() != null ? failed.getCause() : failed;
            log.warn("A HubSpot contact search page read side by side failed; the read ends before it: {}",
                    cause.getMessage());
            return Optional.empty();
        }
    }
}
