package org.qsp.credit.reclassification;

import java.time.Instant;
import java.util.Optional;

/** The re-classification jobs and the lease that lets one instance run them (a port: the store implements it). */
public interface ReclassificationJobs {

    /** Inserts the job; false when one with its id exists (the month's run was started already). */
    boolean insertIfAbsent(ReclassificationJob job);

    Optional<ReclassificationJob> find(String id);

    /** The job that is RUNNING, if one is (there is at most one: starting one needs the lease). */
    Optional<ReclassificationJob> running();

    /** Records a batch: every enterprise up to {@code lastUscc} is done; only while the job is RUNNING. */
    void progress(String id, String lastUscc, long done, long changed, Instant at);

    /** Ends a RUNNING job. */
    void finish(String id, ReclassificationJob.Status status, String failure, Instant at);

    /**
     * Takes (or renews) the one lease of re-classification for {@code owner} until {@code until}: when no one holds
     * it, its holder's time ran out, or {@code owner} holds it. False when another instance holds it.
     */
    boolean lease(String owner, Instant now, Instant until);

    /** Lets go of the lease if {@code owner} holds it. */
    void release(String owner);
}
