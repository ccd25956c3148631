package org.qsp.credit.list;

import java.time.Instant;
import java.util.List;

import org.qsp.platform.paging.Page;

/** Queries over list entries (a port: the store adapter implements it). */
public interface ListEntries {

    /** The enterprise's open entries on both lists, oldest first. */
    List<ListEntry> open(String uscc);

    /** How many entries (open or not) the enterprise has had for that reason: numbers the next one. */
    long count(String uscc, ListReason reason);

    /** Ids of open entries whose {@code until} (end or move) has come by {@code now}, at most {@code limit}. */
    List<String> due(CreditList list, Instant now, int limit);

    /** The entries of regions with that prefix, newest first, optionally of one list and only the open ones. */
    Page<ListEntry> inRegion(String regionPrefix, CreditList list, boolean openOnly, int page, int size);
}
