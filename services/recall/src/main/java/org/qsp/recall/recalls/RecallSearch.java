package org.qsp.recall.recalls;

import java.time.Instant;
import java.util.List;

import org.qsp.platform.paging.Page;

/** The queries over recalls that the use cases need (implemented in {@code store}). */
public interface RecallSearch {

    /**
     * Recalls of regions starting with {@code regionPrefix} (null: any), of one producer, in one status, of one kind,
     * with a missed deadline or not (null: any).
     */
    record Filter(String regionPrefix, String uscc, RecallStatus status, RecallKind kind, Boolean overdue) {
    }

    /** One page of the matching recalls, newest first. */
    Page<Recall> find(Filter filter, int page, int size);

    /** Ids of recalls with a deadline not yet found missed whose first missed moment is at or before {@code now}. */
    List<String> dueBy(Instant now, int limit);
}
