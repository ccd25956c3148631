package org.qsp.credit.reclassification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A run of the re-classification over every enterprise: where it stands ({@code lastUscc}: every enterprise up to
 * it, in USCC order, is done), how many are done of how many, and how many it changed (re-scored differently, each
 * carrying the job's id in its own write). A scheduled run has the month's id ({@code RC-2026-12}), so that a month
 * is run once however many instances fire their schedule; ADMIN's runs have fresh ids.
 */
@Document(ReclassificationJob.COLLECTION)
public record ReclassificationJob(@Id String id, Status status, String requestedBy, String lastUscc, long done,
        long total, long changed, Instant startedAt, Instant heartbeatAt, Instant finishedAt, String failure) {

    public static final String COLLECTION = "reclassifications";

    public enum Status {
        RUNNING, DONE, FAILED
    }

    static ReclassificationJob started(String id, String requestedBy, long total, Instant at) {
        return new ReclassificationJob(id, Status.RUNNING, requestedBy, null, 0, total, 0, at, at, null, null);
    }
}
