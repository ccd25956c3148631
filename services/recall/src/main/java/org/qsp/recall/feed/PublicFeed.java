package org.qsp.recall.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.platform.errors.NotFound;
import org.qsp.recall.RecallProperties;
import org.qsp.recall.recalls.Publication;
import org.qsp.recall.recalls.RecallId;

/**
 * The public recall feed (召回信息公示): published recalls by their last published time, for incremental sync. A change
 * is listed once it is {@code qsp.recall.feed.settle} old: a save may reach the store a moment after the time it
 * carries, and a client that already paged past that time would never see it.
 */
@Service
public class PublicFeed {

    private final FeedSearch search;
    private final RecallProperties properties;
    private final Clock clock;

    public PublicFeed(FeedSearch search, RecallProperties properties, Clock clock) {
        this.search = search;
        this.properties = properties;
        this.clock = clock;
    }

    public FeedPage page(Instant updatedSince, String cursor, String status, String region, String uscc, String text,
            int size) {
        FeedCursor after = cursor == null ? null : FeedCursor.decode(cursor);
        Instant until = clock.instant().minus(properties.feed().settle());
        List<Publication> found = search.find(new FeedQuery(updatedSince, after, until, status, region, uscc, text,
                size), size + 1);
        List<Publication> items = found.size() > size ? found.subList(0, size) : found;
        String next = items.isEmpty() ? cursor
                : new FeedCursor(items.getLast().dates().lastPublished(), items.getLast().recallNumber()).encode();
        return new FeedPage(List.copyOf(items), next, found.size() > size);
    }

    public Publication one(RecallId number) {
        return search.byNumber(number.value())
                .orElseThrow(() -> new NotFound("published recall", number.value()));
    }
}
