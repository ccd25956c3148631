package org.qsp.recall.feed;

import java.time.Instant;

/**
 * What a client asks of the public feed: changes after {@code updatedSince} (exclusive) and after {@code cursor},
 * published up to {@code until}; in one public status (ongoing, completed, terminated); sold in or made in a region;
 * of one producer; with a text in the product's name or brand. Null means any.
 */
public record FeedQuery(Instant updatedSince, FeedCursor cursor, Instant until, String status, String region,
        String uscc, String text, int size) {
}
