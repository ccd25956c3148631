package org.qsp.recall.recalls;

import java.time.Instant;

/** The completion summary (召回总结): the final units, what was done, how the recovered goods were disposed of. */
public record Summary(Units units, String measures, String disposal, Instant submittedAt) {

    boolean sameAs(Summary other) {
        return other != null && units.equals(other.units) && measures.equals(other.measures)
                && disposal.equals(other.disposal);
    }
}
