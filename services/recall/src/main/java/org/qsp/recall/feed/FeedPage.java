package org.qsp.recall.feed;

import java.util.List;

import org.qsp.recall.recalls.Publication;

/**
 * One page of the public feed: the publications, the cursor to ask for the next page with (after the last item; the
 * request's own cursor when the page is empty, so that a client that syncs keeps its place), and whether more were
 * there already.
 */
public record FeedPage(List<Publication> items, String nextCursor, boolean more) {
}
