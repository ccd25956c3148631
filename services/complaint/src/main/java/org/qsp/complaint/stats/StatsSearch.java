package org.qsp.complaint.stats;

import java.time.Instant;
import java.util.List;

/** What the public statistics read (implemented in {@code store}); complaints only, never reports. */
public interface StatsSearch {

    /** What a published count needs to know of one complaint: no personal data. */
    record ComplaintFacts(String respondentName, Instant receivedAt, String status, String outcome) {
    }

    record BusinessCount(String uscc, String name, long complaints) {
    }

    List<ComplaintFacts> complaintsAgainst(String uscc);

    /** The businesses with the most complaints handled in regions starting with {@code regionPrefix}. */
    List<BusinessCount> topBusinesses(String regionPrefix, int limit);
}
