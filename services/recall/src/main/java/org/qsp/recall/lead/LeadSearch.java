package org.qsp.recall.lead;

import org.qsp.platform.paging.Page;

/** The queries over leads that the use cases need (implemented in {@code store}). */
public interface LeadSearch {

    /** Leads of regions starting with {@code regionPrefix}, of one producer and in one status (null: any). */
    record Filter(String regionPrefix, String uscc, LeadStatus status) {
    }

    /** One page of the matching leads, newest first. */
    Page<DefectLead> find(Filter filter, int page, int size);
}
