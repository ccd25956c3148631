package org.qsp.credit.penalty;

import java.time.Instant;

import org.qsp.platform.paging.Page;

/** Queries over penalties (a port: the store adapter implements it). */
public interface Penalties {

    /**
     * The publications shown at {@code now} (of one enterprise when {@code uscc} is not null), newest publication
     * first; with {@code updatedSince}, instead every publication that changed since then or stopped being shown
     * since then (withdrawn, repaired, expired), so that a mirror can update and delete.
     */
    Page<Penalty> published(String uscc, Instant updatedSince, Instant now, int page, int size);

    /** The penalties of enterprises in the regions with that prefix (of one enterprise when uscc is not null). */
    Page<Penalty> inRegion(String regionPrefix, String uscc, int page, int size);
}
