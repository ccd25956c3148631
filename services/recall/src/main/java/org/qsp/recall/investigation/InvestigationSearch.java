package org.qsp.recall.investigation;

import org.qsp.platform.paging.Page;

/** The queries over investigations that the use cases need (implemented in {@code store}). */
public interface InvestigationSearch {

    /** Investigations of regions starting with {@code regionPrefix} (null: any), of one producer, in one status. */
    record Filter(String regionPrefix, String uscc, InvestigationStatus status) {
    }

    /** One page of the matching investigations, newest first. */
    Page<Investigation> find(Filter filter, int page, int size);
}
