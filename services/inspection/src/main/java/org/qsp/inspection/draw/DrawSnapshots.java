package org.qsp.inspection.draw;

import java.util.List;

import org.qsp.inspection.draw.DrawAlgorithm.Candidate;

/**
 * The enterprise pool a draw read, kept with it: lines {@code uscc,class,category} gzip-compressed in chunks of a
 * bounded number of entries (a MongoDB document holds at most 16 MB; a million entries make a few chunks).
 */
public interface DrawSnapshots {

    /** Stores the snapshot (again, the same chunks: a repeated save changes nothing); how many chunks. */
    int save(String drawId, List<Candidate> pool);

    List<Candidate> load(String drawId, int chunks);
}
