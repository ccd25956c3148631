package org.qsp.recall.feed;

import java.util.List;
import java.util.Optional;

import org.qsp.recall.recalls.Publication;

/** The public feed's reads (implemented in {@code store}): publications only, never the rest of a recall. */
public interface FeedSearch {

    /** Up to {@code limit} publications matching the query, by last published time and recall number. */
    List<Publication> find(FeedQuery query, int limit);

    Optional<Publication> byNumber(String recallNumber);
}
